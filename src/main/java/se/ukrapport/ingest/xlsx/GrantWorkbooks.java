package se.ukrapport.ingest.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import se.ukrapport.ingest.InputEntries;
import se.ukrapport.domain.InputException;

/**
 * Finds the grant workbooks (ees/ees-&lt;year&gt;.xlsx). {@link GrantWorkbookReader}
 * opens and checks each before anything is written, so an unreadable workbook or a
 * missing column stops the run up front (input-formats.md).
 */
public final class GrantWorkbooks {

    /** Grant workbooks in the input folder, as names relative to it, sorted. */
    public static List<String> workbooks(Path inputDir) {
        Path dir = inputDir.resolve("ees");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                .filter(InputEntries::readInGrantFolder)
                .sorted()
                .map(n -> "ees/" + n)
                .toList();
        }
        catch (IOException e) {
            throw new InputException("ees/", null, null, "mappen kan inte läsas: " + e.getMessage(), e);
        }
    }

}
