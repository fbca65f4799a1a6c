package se.ukrapport.ingest.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.CodebookColumns;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.domain.InputException;

/** Reads and checks enkat/kodbok.csv. */
public final class CodebookFileReader {

    public static final String FILE = CodebookColumns.FILE;

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
                uniqueCode(FILE, row, seen);
                columns.add(parse(row));
            }
        }
        requireOneMunicipalityColumn(FILE, columns);
        return new Codebook(columns);
    }

    /**
     * The row's code, once per codebook ({@code seen}: codes so far): an empty or
     * repeated code stops the run.
     */
    static String uniqueCode(String file, CsvRow row, Map<String, Long> seen) {
        String code = row.get("kod");
        if (code.isEmpty()) {
            throw new InputException(file, row.line(), "kod", "koden är tom");
        }
        Long earlier = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), row.line());
        if (earlier != null) {
            throw new InputException(file, row.line(), "kod", "koden " + code + " står redan på rad " + earlier);
        }
        return code;
    }

    /**
     * A codebook names the municipality in exactly one column, or the answers cannot be
     * placed.
     */
    static void requireOneMunicipalityColumn(String file, List<CodebookColumn> columns) {
        if (columns.stream().noneMatch(c -> c.type() == ColumnType.KOMMUN)) {
            throw new InputException(file, null, "typ",
                    "ingen kolumn har typ kommun; enkätsvaren kan inte knytas till kommuner");
        }
        if (columns.stream().filter(c -> c.type() == ColumnType.KOMMUN).count() > 1) {
            throw new InputException(file, null, "typ", "mer än en kolumn har typ kommun");
        }
    }

    /** Parses one codebook row by {@link CodebookColumns}' rules; exposed for tests. */
    public static CodebookColumn parse(CsvRow row) {
        return CodebookColumns.parse(row.line(), row::get);
    }

    /** Reads increase/decrease from the code's last part, else from the question text. */
    static EnergyDirection direction(String code, String question) {
        return CodebookColumns.direction(code, question);
    }

}
