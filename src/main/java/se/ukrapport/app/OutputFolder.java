package se.ukrapport.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output folder and its staging sibling. A run writes only into {@code .<name>.staging} beside
 * {@code output/}; {@link #publish()} then swaps it into place, so a failed or interrupted run
 * leaves the previous complete output exactly as it was.
 */
public final class OutputFolder {

    public static final String MANIFEST = "manifest.json";

    private final Path output;

    public OutputFolder(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    public Path path() {
        return output;
    }

    public Path staging() {
        return sibling(".staging");
    }

    public Path lockFile() {
        return sibling(".lock");
    }

    private Path sibling(String suffix) {
        Path parent = output.getParent();
        return parent.resolve("." + output.getFileName() + suffix);
    }

    /**
     * Starts an empty staging folder; a {@code .gitkeep} in the current output is carried over, and
     * with {@code keepChapters} the current chapter files, which a partial run does not re-render.
     */
    public Path prepareStaging(boolean keepChapters) {
        Path staging = staging();
        deleteTree(staging);
        try {
            Files.createDirectories(staging);
            Path keep = output.resolve(".gitkeep");
            if (Files.isRegularFile(keep)) {
                Files.copy(keep, staging.resolve(".gitkeep"));
            }
            Path chapters = output.resolve("kapitel");
            if (keepChapters && Files.isDirectory(chapters)) {
                Files.createDirectories(staging.resolve("kapitel"));
                try (var files = Files.list(chapters)) {
                    for (Path f : files.toList()) {
                        Files.copy(f, staging.resolve("kapitel").resolve(f.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    /** Replaces output/ with the staging folder: two renames within one parent folder. */
    public void publish() {
        Path staging = staging();
        Path old = sibling(".old");
        try {
            deleteTree(old);
            if (Files.exists(output)) {
                move(output, old);
            }
            move(staging, output);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** The input fingerprint that the published output was made from, if it records one. */
    public Optional<String> publishedFingerprint() {
        Path m = output.resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            return Optional.empty();
        }
        try {
            Matcher x = Pattern.compile("\"indata\"\\s*:\\s*\"([0-9a-f]+)\"")
                    .matcher(Files.readString(m, StandardCharsets.UTF_8));
            return x.find() ? Optional.of(x.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void writeManifest(Path folder, String fingerprint, int year, String version) {
        String json = "{\n  \"program\": \"uk-rapport " + version + "\",\n  \"rapportar\": " + year
                + ",\n  \"indata\": \"" + fingerprint + "\"\n}\n";
        try {
            Files.writeString(folder.resolve(MANIFEST), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
