package se.ukrapport.rerun;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs that found nothing changed finish before Spring (and the database) start, so they
 * are noted in a small file beside the job repository,
 * {@code .uk-rapport/vantande-korningar.csv}; the next run or {@code historik} moves them
 * into the run history.
 */
public final class PendingRuns {

    static final String FILE = "vantande-korningar.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

    /** One run that rendered nothing because its input was unchanged. */
    public record Pending(Instant start, Instant end, String user, int year, String fingerprint, String output) {
    }

    private PendingRuns() {
    }

    static Path file(Path workingDir) {
        return workingDir.resolve(".uk-rapport").resolve(FILE);
    }

    public static void append(Path workingDir, Pending run) {
        Path f = file(workingDir);
        try {
            Files.createDirectories(f.getParent());
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND); CSVPrinter p = new CSVPrinter(w, FORMAT)) {
                p.printRecord(run.start(), run.end(), run.user(), run.year(), run.fingerprint(), run.output());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and removes the noted runs. */
    public static List<Pending> drain(Path workingDir) {
        Path f = file(workingDir);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        List<Pending> out = new ArrayList<>();
        try {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                    CSVParser p = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
                for (CSVRecord rec : p) {
                    if (rec.size() >= 6) {
                        out.add(new Pending(Instant.parse(rec.get(0)), Instant.parse(rec.get(1)), rec.get(2),
                                Integer.parseInt(rec.get(3)), rec.get(4), rec.get(5)));
                    }
                }
            }
            Files.delete(f);
        }
        catch (IOException | RuntimeException e) {
            // A damaged note must not stop a report: the runs it held are only missing
            // from historik.
            return out;
        }
        return out;
    }

}
