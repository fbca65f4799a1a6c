package se.ukrapport.ingest.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import se.ukrapport.domain.InputException;

/**
 * Finds the survey export {@code enkat/enkat-<year>.csv} of the report year; it must be
 * there.
 */
public final class SurveyFiles {

    private SurveyFiles() {
    }

    /** The export's path relative to the input folder, as messages name it. */
    public static String locate(Path inputDir, int year) {
        String wanted = "enkat/enkat-" + year + ".csv";
        if (Files.isRegularFile(inputDir.resolve(wanted))) {
            return wanted;
        }
        List<String> found;
        try (Stream<Path> s = Files.list(inputDir.resolve("enkat"))) {
            found = s.map(p -> p.getFileName().toString())
                .filter(n -> n.matches("enkat-\\d{4}\\.csv"))
                .sorted()
                .toList();
        }
        catch (IOException e) {
            throw new InputException("enkat/", null, null, "mappen enkat/ saknas eller kan inte läsas");
        }
        if (found.isEmpty()) {
            throw new InputException(wanted, null, null, "enkätexporten saknas (väntade enkat/enkat-<år>.csv)");
        }
        // Another year's export is never taken for the report year's: it may be an
        // earlier year
        // that is compared with it (input-formats.md, "Earlier years").
        throw new InputException(wanted, null, null, "enkätexporten för rapportåret " + year
                + " (report.properties) saknas; i enkat/ finns " + String.join(", ", found));
    }

}
