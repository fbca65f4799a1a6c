package se.ukrapport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.MunicipalityRegistry;

/**
 * Lists the strategy documents and skips those that cannot be attributed: a file whose
 * name is no municipality of kommuner.csv, or whose format is not docx, pdf or txt.
 * Skipped documents do not stop the run; they are listed in kvalitet/avvisade.csv.
 */
public final class StrategyFolderCheck {

    public static final String FOLDER = "strategier";

    private static final List<String> FORMATS = List.of("docx", "pdf", "txt");

    private final MunicipalityRegistry registry;

    public record Result(int documents, List<Path> accepted, List<Rejection> skipped) {
    }

    public StrategyFolderCheck(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    public Result check(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Result(0, List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        catch (IOException e) {
            throw new InputException(FOLDER + "/", null, null, "mappen kan inte läsas: " + e.getMessage(), e);
        }
        Path inputRoot = InputEntries.realPath(dir.toAbsolutePath().getParent());
        List<Path> accepted = new ArrayList<>();
        List<Rejection> skipped = new ArrayList<>();
        Map<String, String> documentOf = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String shown = FOLDER + "/" + name;
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            String base = dot < 0 ? name : name.substring(0, dot);
            Optional<String> notAFile = InputEntries.whyNotReadable(f, inputRoot);
            if (notAFile.isPresent()) {
                skipped.add(new Rejection(shown, null, null, name, "dokumentet hoppas över: " + notAFile.get(), null,
                        null));
            }
            else if (name.startsWith(".")) {
                skipped.add(new Rejection(shown, null, null, name,
                        "dokumentet hoppas över: filnamnet börjar med punkt (en dold fil, inget kommunnamn)", null,
                        null));
            }
            else if (!FORMATS.contains(ext)) {
                skipped.add(new Rejection(shown, null, null, name,
                        "dokumentet hoppas över: formatet ." + ext + " läses inte (docx, pdf eller txt)", null, null));
            }
            else if (registry.find(base).isEmpty()) {
                skipped.add(new Rejection(shown, null, null, name, "dokumentet hoppas över: \"" + base
                        + "\" är ingen kommun i kommuner.csv" + registry.suggestion(base), null, null));
            }
            else {
                String municipality = registry.find(base).get().name();
                String earlier = documentOf.putIfAbsent(municipality, shown);
                if (earlier != null) {
                    throw new InputException(shown, null, null,
                            "kommunen " + municipality + " har redan ett strategidokument, " + earlier
                                    + "; lägg ett dokument per kommun i " + FOLDER + "/");
                }
                accepted.add(f);
            }
        }
        return new Result(files.size(), accepted, skipped);
    }

}
