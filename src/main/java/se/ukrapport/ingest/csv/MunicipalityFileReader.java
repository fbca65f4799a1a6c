package se.ukrapport.ingest.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;

/** Reads and checks kommuner.csv. */
public final class MunicipalityFileReader {

    public static final String FILE = "kommuner.csv";

    public MunicipalityRegistry read(Path inputDir) {
        Path file = inputDir.resolve(FILE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new InputException(FILE, null, null, "filen saknas i indatamappen " + inputDir);
        }
        List<Municipality> list = new ArrayList<>();
        Map<String, Municipality> seen = new LinkedHashMap<>();
        Map<String, Municipality> seenCodes = new LinkedHashMap<>();
        try (CsvTable table = CsvTable.open(file, FILE)) {
            table.require("kommunkod", "kommun", "kluster", "nestor", "pilotlan");
            for (CsvRow row : table) {
                String name = row.get("kommun").replace('\u00a0', ' ').replaceAll("\\s+", " ");
                String cluster = row.get("kluster").replace('\u00a0', ' ').replaceAll("\\s+", " ");
                String code = row.get("kommunkod");
                if (name.isEmpty()) {
                    throw new InputException(FILE, row.line(), "kommun", "kommunnamnet är tomt");
                }
                if (cluster.isEmpty()) {
                    throw new InputException(FILE, row.line(), "kluster", "kommunen " + name + " saknar kluster");
                }
                if (!code.isEmpty() && !code.matches("\\d{4}")) {
                    throw new InputException(FILE, row.line(), "kommunkod",
                            "kommunkoden \"" + code + "\" är inte fyra siffror");
                }
                Municipality m = new Municipality(code, name, cluster, yesNo(row, "nestor"), yesNo(row, "pilotlan"),
                        row.line());
                Municipality earlier = seen.putIfAbsent(MunicipalityRegistry.key(name), m);
                if (earlier != null) {
                    throw new InputException(FILE, row.line(), "kommun",
                            "kommunen " + name + " står två gånger: på rad " + earlier.line() + " (kluster "
                                    + earlier.cluster() + ") och på rad " + row.line() + " (kluster " + cluster
                                    + "). En kommun får bara tillhöra ett kluster.");
                }
                if (!code.isEmpty()) {
                    Municipality sameCode = seenCodes.putIfAbsent(code, m);
                    if (sameCode != null) {
                        throw new InputException(FILE, row.line(), "kommunkod",
                                "kommunkoden " + code + " står både på rad " + sameCode.line() + " (" + sameCode.name()
                                        + ") och på rad " + row.line() + " (" + name + ")");
                    }
                }
                list.add(m);
            }
        }
        if (list.isEmpty()) {
            throw new InputException(FILE, null, null, "filen har inga kommuner");
        }
        return new MunicipalityRegistry(list);
    }

    private static boolean yesNo(CsvRow row, String column) {
        String v = row.get(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "ja", "j", "1", "x" -> true;
            case "nej", "n", "0", "" -> false;
            default -> throw new InputException(FILE, row.line(), column,
                    "värdet \"" + row.get(column) + "\" ska vara ja eller nej");
        };
    }

}
