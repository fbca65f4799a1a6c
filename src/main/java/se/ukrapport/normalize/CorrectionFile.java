package se.ukrapport.normalize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.csv.CsvRow;
import se.ukrapport.ingest.csv.CsvTable;

/**
 * input/rattelser.csv, read once per use: its lines in file order. The file may be absent
 * or empty (no corrections); when present its header must name kommun, kod and varde.
 * Survey, strategy and grant corrections are each applied by the step that owns that
 * data.
 */
public final class CorrectionFile {

    public static final String FILE = se.ukrapport.domain.CorrectionRow.FILE;

    private CorrectionFile() {
    }

    public static boolean exists(Path inputDir) {
        return Files.isRegularFile(inputDir.resolve(FILE));
    }

    /** Lines whose {@code kod} the filter accepts (lower-cased), blank lines left out. */
    public static List<CsvRow> lines(Path inputDir, java.util.function.Predicate<String> code) {
        Path file = inputDir.resolve(FILE);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return List.of();
            }
        }
        catch (IOException e) {
            return List.of();
        }
        List<CsvRow> out = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file, FILE)) {
            table.require("kommun", "kod", "varde");
            for (CsvRow row : table) {
                boolean blank = row.get("kommun").isEmpty() && row.get("kod").isEmpty() && row.get("varde").isEmpty();
                if (!blank && code.test(row.get("kod").toLowerCase(Locale.ROOT))) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    /**
     * The municipality a correction line names, by the spellings kommuner.csv allows;
     * otherwise an input error on the line's kommun column, with the name it was probably
     * meant to be.
     */
    public static Municipality municipality(CsvRow row, MunicipalityRegistry registry) {
        String typed = row.get("kommun");
        return registry.find(typed)
            .orElseThrow(() -> new InputException(FILE, row.line(), "kommun",
                    "rättelsen gäller \"" + typed + "\", som inte finns i kommuner.csv" + registry.suggestion(typed)));
    }

    public static boolean isGrantCode(String code) {
        return code.startsWith("ees:");
    }

    public static boolean isStrategyCode(String code) {
        return code.equals(ValidityCorrections.CODE);
    }

}
