package se.ukrapport.ingest.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.ukrapport.domain.InputException;

/**
 * The earlier years' surveys of the input folder (input-formats.md, "Earlier years"):
 * every {@code enkat/enkat-<year>.csv} before the report year, each with its own
 * {@code enkat/kodbok-<year>.csv}. Later years are not compared.
 */
public final class EarlierSurveys {

    private static final Pattern EXPORT = Pattern.compile("enkat-(\\d{4})\\.csv");

    /**
     * One earlier year: its export and its codebook, as names relative to the input
     * folder.
     */
    public record EarlierSurvey(int year, String export, String codebook) {
    }

    private EarlierSurveys() {
    }

    /**
     * The earlier years in ascending order; an export without its codebook stops the run
     * naming it.
     */
    public static List<EarlierSurvey> find(Path inputDir, int reportYear) {
        Path dir = inputDir.resolve("enkat");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        catch (IOException e) {
            throw new InputException("enkat/", null, null, "mappen kan inte läsas: " + e.getMessage(), e);
        }
        List<EarlierSurvey> out = new ArrayList<>();
        for (String name : names) {
            Matcher m = EXPORT.matcher(name);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= reportYear) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            String codebook = "enkat/kodbok-" + year + ".csv";
            if (!Files.isRegularFile(inputDir.resolve(codebook))) {
                throw new InputException(codebook, null, null, "kodboken för " + year + " års enkät saknas; enkat/"
                        + name + " jämförs med rapportåret och behöver den (kodbokens kolumner och motsvarar)");
            }
            out.add(new EarlierSurvey(year, "enkat/" + name, codebook));
        }
        return out;
    }

}
