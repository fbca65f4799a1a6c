package se.ukrapport.domain;

/**
 * Bad input: carries where it was found so that one place (the command line) can turn it
 * into a Swedish message naming file, line/row and column, and exit code 1.
 */
public class InputException extends RuntimeException {

    private final String file;

    private final Long line;

    private final String column;

    private final String problem;

    public InputException(String file, Long line, String column, String problem) {
        this(file, line, column, problem, null);
    }

    public InputException(String file, Long line, String column, String problem, Throwable cause) {
        super(describe(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public Long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    /** "enkat/enkat-2011.csv, rad 12, kolumn "kommun": okänd kommun …" */
    public static String describe(String file, Long line, String column, String problem) {
        StringBuilder where = new StringBuilder(file == null ? "indata" : file);
        if (line != null) {
            where.append(", rad ").append(line);
        }
        if (column != null) {
            where.append(", kolumn \"").append(column).append('"');
        }
        return where + ": " + shortenQuoted(problem);
    }

    /**
     * A quoted value this long is shown shortened, so a 5 000-character cell does not
     * fill the screen.
     */
    private static final int SHOWN_VALUE = 60;

    private static final java.util.regex.Pattern LONG_QUOTED = java.util.regex.Pattern
        .compile("\"([^\"\n]{" + SHOWN_VALUE + "})([^\"\n]{20,})\"");

    static String shortenQuoted(String problem) {
        if (problem == null) {
            return null;
        }
        return LONG_QUOTED.matcher(problem)
            .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    "\"" + m.group(1) + "…\" (" + (m.group(1).length() + m.group(2).length()) + " tecken)"));
    }

}
