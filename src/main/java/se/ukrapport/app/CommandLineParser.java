package se.ukrapport.app;

import java.nio.file.Path;
import java.util.Locale;

/** Parses the command line of cli.md; anything else is a {@link UsageException}. */
public final class CommandLineParser {

    public static final String USAGE = """
            Användning:
              java -jar target/uk-rapport.jar [--input=MAPP] [--output=MAPP] [--templates=MAPP]
                                              [--kapitel=ID,ID,...] [--alla] [--validera]
              java -jar target/uk-rapport.jar historik [NR]
            Kapitel-id: kap01 … kap11, bilaga1 … bilaga6.""";

    public RunOptions parse(String[] args, Path workingDir) {
        RunOptions.Builder b = RunOptions.builder(workingDir);
        for (String arg : args) {
            if (arg.equals("historik")) {
                b.command(RunOptions.Command.HISTORY);
            }
            else if (arg.matches("\\d{1,9}") && b.isHistory()) {
                b.historyRun(Long.parseLong(arg));
            }
            else if (arg.startsWith("--input=")) {
                b.input(value(arg));
            }
            else if (arg.startsWith("--output=")) {
                b.output(value(arg));
            }
            else if (arg.startsWith("--templates=")) {
                b.templates(value(arg));
            }
            else if (arg.startsWith("--kapitel=")) {
                for (String id : value(arg).split(",")) {
                    String c = id.strip().toLowerCase(Locale.ROOT);
                    if (!ChapterIds.ALL.contains(c)) {
                        throw new UsageException("Okänt kapitel-id \"" + id.strip() + "\". Giltiga id: "
                                + String.join(", ", ChapterIds.ALL) + ".");
                    }
                    b.chapter(c);
                }
            }
            else if (arg.equals("--alla")) {
                b.all(true);
            }
            else if (arg.equals("--validera")) {
                b.validate(true);
            }
            else if (arg.startsWith("--spring.") || arg.startsWith("--logging.")) {
                b.springArg(arg);
            }
            else if (arg.equals("--help") || arg.equals("-h") || arg.equals("--hjalp")) {
                throw new UsageException(USAGE);
            }
            else {
                throw new UsageException("Okänt argument \"" + arg + "\".\n" + USAGE);
            }
        }
        return b.build();
    }

    private static String value(String arg) {
        String v = arg.substring(arg.indexOf('=') + 1).strip();
        if (v.isEmpty()) {
            throw new UsageException("Argumentet " + arg + " saknar värde.\n" + USAGE);
        }
        return v;
    }

}
