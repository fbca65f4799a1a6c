package se.ukrapport.rerun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The output folder and its staging sibling. A run writes only into
 * {@code .<name>.staging} beside {@code output/}; {@link #publish()} then swaps it into
 * place, so a failed or interrupted run leaves the previous complete output exactly as it
 * was.
 */
public final class OutputFolder {

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
     * Starts the staging folder as a copy of the current output, so chapter files that
     * this run does not re-render are kept; what every run writes anew (data/, kvalitet/,
     * andringar.csv, the manifest) is left out of the copy.
     */
    public Path prepareStaging() {
        Path staging = staging();
        deleteTree(staging);
        try {
            Files.createDirectories(staging);
            if (Files.isDirectory(output)) {
                try (var files = Files.walk(output)) {
                    for (Path f : files.sorted().toList()) {
                        String rel = output.relativize(f).toString().replace('\\', '/');
                        if (rel.isEmpty() || rel.equals("data") || rel.startsWith("data/") || rel.equals("kvalitet")
                                || rel.startsWith("kvalitet/") || rel.equals("andringar.csv")
                                || rel.equals(Manifest.FILE)) {
                            continue;
                        }
                        Path target = staging.resolve(rel);
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(target);
                        }
                        else {
                            Files.copy(f, target);
                        }
                    }
                }
            }
        }
        catch (IOException e) {
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
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * The input fingerprint that the published output was made from, if its manifest
     * says.
     */
    public Optional<String> publishedFingerprint() {
        return Manifest.readFingerprint(output);
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
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
