package se.ukrapport.domain.survey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import se.ukrapport.domain.InputException;

/**
 * The rules of one codebook row (input-formats.md): its type, its options
 * {@code värde=etikett|…}, the label of a multi or energy column and an energy column's
 * direction. The same rules check the file and restore the stored codebook, so both give
 * the same columns.
 */
public final class CodebookColumns {

    /** The codebook's file, as messages name it. */
    public static final String FILE = "enkat/kodbok.csv";

    private CodebookColumns() {
    }

    /**
     * Parses one codebook row, given its line and its fields by column name (trimmed, ""
     * when absent): from the file when it is read, from the job repository when it is
     * restored.
     */
    public static CodebookColumn parse(long line, UnaryOperator<String> field) {
        return parse(FILE, line, field);
    }

    /**
     * As {@link #parse(long, UnaryOperator)}, for the codebook {@code file} (an earlier
     * year's).
     */
    public static CodebookColumn parse(String file, long line, UnaryOperator<String> field) {
        String code = field.apply("kod");
        String typ = field.apply("typ");
        ColumnType type = ColumnType.of(typ)
            .orElseThrow(() -> new InputException(file, line, "typ", "okänd typ \"" + typ + "\" för " + code
                    + " (tillåtna: id, kommun, datum, single, multi, scale, number, energy, text)"));
        String alternativ = field.apply("alternativ");
        List<AnswerOption> options = List.of();
        String label = "";
        EnergyDirection direction = null;
        switch (type) {
            case SINGLE, SCALE -> options = options(file, alternativ, line, code);
            case MULTI -> {
                label = alternativ;
                if (label.isEmpty()) {
                    throw new InputException(file, line, "alternativ",
                            "flervalskolumnen " + code + " saknar etikett för sitt alternativ");
                }
            }
            case ENERGY -> {
                label = alternativ;
                if (label.isEmpty()) {
                    throw new InputException(file, line, "alternativ",
                            "energikolumnen " + code + " saknar energibärare");
                }
                direction = direction(code, field.apply("fraga"));
                if (direction == null) {
                    throw new InputException(file, line, "kod", "energikolumnen " + code
                            + " anger inte om den avser ökning eller minskning (koden eller frågan ska innehålla"
                            + " \"okning\"/\"ökning\" eller \"minskning\")");
                }
            }
            default -> {
            }
        }
        return new CodebookColumn(code, field.apply("fraga"), type, options, label, field.apply("enhet"),
                field.apply("kapitel"), direction, alternativ, line);
    }

    private static List<AnswerOption> options(String file, String alternativ, long line, String code) {
        if (alternativ.isEmpty()) {
            throw new InputException(file, line, "alternativ", code + " saknar svarsalternativ (värde=etikett|…)");
        }
        List<AnswerOption> out = new ArrayList<>();
        for (String pair : alternativ.split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(eq + 1).isBlank()) {
                throw new InputException(file, line, "alternativ",
                        "alternativet \"" + pair.strip() + "\" för " + code + " ska skrivas värde=etikett");
            }
            String value = pair.substring(0, eq).strip();
            // One value, one answer: "1=Ja|1=Nej" would make every 1 both.
            if (out.stream().anyMatch(o -> o.value().equals(value))) {
                throw new InputException(file, line, "alternativ",
                        "värdet " + value + " står två gånger bland svarsalternativen för " + code);
            }
            out.add(new AnswerOption(value, pair.substring(eq + 1).strip()));
        }
        return List.copyOf(out);
    }

    /** Reads increase/decrease from the code's last part, else from the question text. */
    public static EnergyDirection direction(String code, String question) {
        String c = fold(code);
        String lastPart = c.substring(c.lastIndexOf('_') + 1);
        EnergyDirection d = directionOf(lastPart);
        if (d == null) {
            d = directionOf(c);
        }
        if (d == null) {
            d = directionOf(fold(question));
        }
        return d;
    }

    private static EnergyDirection directionOf(String s) {
        boolean up = s.contains("okning") || s.contains("okat") || s.contains("increase");
        boolean down = s.contains("minskning") || s.contains("minskat") || s.contains("decrease");
        if (up == down) {
            return null;
        }
        return up ? EnergyDirection.INCREASE : EnergyDirection.DECREASE;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

}
