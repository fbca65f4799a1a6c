package se.ukrapport.render.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.ukrapport.domain.grants.GrantTargetSummary;
import se.ukrapport.support.NumberFormats;

/**
 * Writes data/ees-mal.csv (output-contract.md): the grant reporting's reduction targets
 * per group.
 */
public final class GrantDataExport {

    public static final String FILE = "ees-mal.csv";

    public static final List<String> HEADER = List.of("grupp", "nyckeltal", "ar", "antal", "medel_mal_2014",
            "medel_mal_2020");

    private GrantDataExport() {
    }

    /**
     * @return the file written, {@code dataDir/ees-mal.csv}; rows in the order given
     */
    public static Path write(Path dataDir, List<GrantTargetSummary> summaries) {
        List<List<String>> rows = new ArrayList<>(summaries.size());
        for (GrantTargetSummary s : summaries) {
            rows.add(List.of(s.group(), s.keyFigure(), Integer.toString(s.year()), Long.toString(s.count()),
                    NumberFormats.csv(s.mean2014(), 1), NumberFormats.csv(s.mean2020(), 1)));
        }
        Path file = dataDir.resolve(FILE);
        CsvFileWriter.write(file, HEADER, rows);
        return file;
    }

}
