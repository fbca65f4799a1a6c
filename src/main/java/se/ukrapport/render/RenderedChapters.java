package se.ukrapport.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.template.ReportData;
import se.ukrapport.support.Sha256;

/**
 * Chapters already made from their templates, for a process that builds the model again
 * and again from the same figures (the preview, where a save changes one template): a
 * chapter's template run is a function of the figures, its own file and the folder's
 * other, shared files (lib.ftl), so a chapter whose three are unchanged is taken as it
 * was, with what its template read. Files are compared by content. Only the chapters of
 * one set of figures are kept; other figures empty it.
 */
public final class RenderedChapters {

    /** A chapter as its template made it (before heading numbers) and what it read. */
    record Rendered(Chapter chapter, ReportData.Usage usage) {
    }

    private record Key(String templates, String file, String fileSha, String sharedSha) {
    }

    private Object figures;

    private final Map<Key, Rendered> made = new HashMap<>();

    /**
     * The folder's files that are no chapter's own, by content: the templates' library.
     */
    static Optional<String> sharedDigest(Path templatesDir, Iterable<String> chapterFiles) {
        if (templatesDir == null) {
            return Optional.of("jar");
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        chapterFiles.forEach(own::add);
        MessageDigest sha = Sha256.digest();
        try (Stream<Path> files = Files.walk(templatesDir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = templatesDir.relativize(f).toString().replace('\\', '/');
                if (!own.contains(name)) {
                    sha.update((name + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                }
            }
        }
        catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(Sha256.hex(sha));
    }

    /**
     * A chapter file's content digest; empty when it cannot be read (the run reports it)
     * or when it names another chapter's file (an {@code #include} of it): such a chapter
     * is always made anew.
     */
    static Optional<String> fileDigest(Path templatesDir, String file, Iterable<String> chapterFiles) {
        if (templatesDir == null) {
            return Optional.of("jar");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(templatesDir.resolve(file));
        }
        catch (IOException e) {
            return Optional.empty();
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        for (String other : chapterFiles) {
            if (!other.equals(file) && text.contains(other)) {
                return Optional.empty();
            }
        }
        return Optional.of(Sha256.hex(bytes));
    }

    synchronized Rendered get(Object figures, Path templatesDir, String file, String fileSha, String sharedSha) {
        return this.figures == figures ? made.get(new Key(String.valueOf(templatesDir), file, fileSha, sharedSha))
                : null;
    }

    synchronized void put(Object figures, Path templatesDir, String file, String fileSha, String sharedSha,
            Rendered rendered) {
        if (this.figures != figures) {
            made.clear();
            this.figures = figures;
        }
        made.put(new Key(String.valueOf(templatesDir), file, fileSha, sharedSha), rendered);
    }

}
