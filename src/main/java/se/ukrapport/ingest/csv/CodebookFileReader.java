package se.ukrapport.ingest.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.ukrapport.ingest.AnswerOption;
import se.ukrapport.ingest.Codebook;
import se.ukrapport.ingest.CodebookColumn;
import se.ukrapport.ingest.ColumnType;
import se.ukrapport.ingest.EnergyDirection;
import se.ukrapport.ingest.InputException;

/** Reads and checks enkat/kodbok.csv. */
public final class CodebookFileReader {

    public static final String FILE = "enkat/kodbok.csv";

    public Codebook read(Path inputDir) {
        Path file = inputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(FILE, null, null, "kodboken saknas i indatamappen " + inputDir);
        }
        List<CodebookColumn> columns = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(file, FILE)) {
            table.require("kod", "fraga", "typ", "alternativ", "enhet", "kapitel");
            for (CsvRow row : table) {
                String code = row.get("kod");
                if (code.isEmpty()) {
                    throw new InputException(FILE, row.line(), "kod", "koden är tom");
                }
                Long earlier = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    throw new InputException(FILE, row.line(), "kod",
                            "koden " + code + " står redan på rad " + earlier);
                }
                columns.add(parse(row));
            }
        }
        if (columns.stream().noneMatch(c -> c.type() == ColumnType.KOMMUN)) {
            throw new InputException(FILE, null, "typ", "ingen kolumn har typ kommun; enkätsvaren kan inte knytas till kommuner");
        }
        if (columns.stream().filter(c -> c.type() == ColumnType.KOMMUN).count() > 1) {
            throw new InputException(FILE, null, "typ", "mer än en kolumn har typ kommun");
        }
        return new Codebook(columns);
    }

    /** Parses one codebook row; exposed for tests and for re-reading stored rows. */
    public static CodebookColumn parse(CsvRow row) {
        String code = row.get("kod");
        String typ = row.get("typ");
        ColumnType type = ColumnType.of(typ).orElseThrow(() -> new InputException(FILE, row.line(), "typ",
                "okänd typ \"" + typ + "\" för " + code
                        + " (tillåtna: id, kommun, datum, single, multi, scale, number, energy, text)"));
        String alternativ = row.get("alternativ");
        List<AnswerOption> options = List.of();
        String label = "";
        EnergyDirection direction = null;
        switch (type) {
            case SINGLE, SCALE -> options = options(alternativ, row, code);
            case MULTI -> {
                label = alternativ;
                if (label.isEmpty()) {
                    throw new InputException(FILE, row.line(), "alternativ",
                            "flervalskolumnen " + code + " saknar etikett för sitt alternativ");
                }
            }
            case ENERGY -> {
                label = alternativ;
                if (label.isEmpty()) {
                    throw new InputException(FILE, row.line(), "alternativ",
                            "energikolumnen " + code + " saknar energibärare");
                }
                direction = direction(code, row.get("fraga"));
                if (direction == null) {
                    throw new InputException(FILE, row.line(), "kod", "energikolumnen " + code
                            + " anger inte om den avser ökning eller minskning (koden eller frågan ska innehålla"
                            + " \"okning\"/\"ökning\" eller \"minskning\")");
                }
            }
            default -> {
            }
        }
        return new CodebookColumn(code, row.get("fraga"), type, options, label, row.get("enhet"),
                row.get("kapitel"), direction, alternativ, row.line());
    }

    private static List<AnswerOption> options(String alternativ, CsvRow row, String code) {
        if (alternativ.isEmpty()) {
            throw new InputException(FILE, row.line(), "alternativ", code + " saknar svarsalternativ (värde=etikett|…)");
        }
        List<AnswerOption> out = new ArrayList<>();
        for (String pair : alternativ.split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(eq + 1).isBlank()) {
                throw new InputException(FILE, row.line(), "alternativ",
                        "alternativet \"" + pair.strip() + "\" för " + code + " ska skrivas värde=etikett");
            }
            String value = pair.substring(0, eq).strip();
            // One value, one answer: "1=Ja|1=Nej" would make every 1 both.
            if (out.stream().anyMatch(o -> o.value().equals(value))) {
                throw new InputException(FILE, row.line(), "alternativ",
                        "värdet " + value + " står två gånger bland svarsalternativen för " + code);
            }
            out.add(new AnswerOption(value, pair.substring(eq + 1).strip()));
        }
        return List.copyOf(out);
    }

    /** Reads increase/decrease from the code's last part, else from the question text. */
    static EnergyDirection direction(String code, String question) {
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
