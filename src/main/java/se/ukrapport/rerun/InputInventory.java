package se.ukrapport.rerun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import se.ukrapport.ingest.InputEntries;
import se.ukrapport.render.template.ChapterTemplates;
import se.ukrapport.support.Sha256;

/**
 * The checksum (SHA-256) of every input file and template, and from them the report's
 * fingerprint: one SHA-256 over the program version and every file's name and checksum.
 * The same input gives the same fingerprint, so a second run of it is Spring Batch's
 * "instance already complete"; the per-file checksums say which files changed since the
 * previous run.
 *
 * <p>
 * The data fingerprint leaves the templates out: it names what the ingest steps read into
 * the business tables, so a run with only other templates (or another chapter set) can
 * use the tables as they are.
 *
 * @param files relative name ("enkat/enkat-2011.csv", templates as "mallar/kap05-….ftl")
 * → checksum
 */
public record InputInventory(Map<String, String> files, String fingerprint, String dataFingerprint) {

    public static final String TEMPLATES = ChapterTemplates.INVENTORY_PREFIX;

    public static InputInventory of(String programVersion, Path input, Path templates) {
        Map<String, String> files = new TreeMap<>();
        add(files, "", input);
        if (templates != null) {
            add(files, TEMPLATES, templates);
        }
        return new InputInventory(java.util.Collections.unmodifiableMap(files), digest(programVersion, files, true),
                digest(programVersion, files, false));
    }

    private static String digest(String programVersion, Map<String, String> files, boolean withTemplates) {
        MessageDigest sha = Sha256.digest();
        sha.update(("uk-rapport " + programVersion + "\n").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (withTemplates || !e.getKey().startsWith(TEMPLATES)) {
                sha.update((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return Sha256.hex(sha);
    }

    /**
     * The checksums for the run history: one line per file, but strategy documents and
     * grant workbooks as one checksum per folder (thousands of documents would not fit a
     * history row); every single file's checksum is in output/manifest.json.
     */
    public String historySummary() {
        Map<String, MessageDigest> folders = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder sb = new StringBuilder();
        files.forEach((name, sha) -> {
            int slash = name.indexOf('/');
            String folder = slash < 0 ? null : name.substring(0, slash + 1);
            if (folder != null && (folder.equals("strategier/") || folder.equals("ees/"))) {
                folders.computeIfAbsent(folder, f -> Sha256.digest())
                    .update((name + "=" + sha + "\n").getBytes(StandardCharsets.UTF_8));
                counts.merge(folder, 1, Integer::sum);
            }
            else {
                sb.append(name).append('=').append(sha, 0, 12).append('\n');
            }
        });
        folders.forEach((folder, digest) -> sb.append(folder)
            .append(" (")
            .append(counts.get(folder))
            .append(" filer)=")
            .append(Sha256.hex(digest), 0, 12)
            .append('\n'));
        return sb.toString();
    }

    private static void add(Map<String, String> files, String prefix, Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> list;
        try (Stream<Path> s = Files.walk(folder)) {
            // What the run may read: regular files, and links that stay inside the
            // folder.
            Path root = InputEntries.realPath(folder);
            list = s.filter(f -> InputEntries.whyNotReadable(f, root).isEmpty()).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : list) {
            String rel = prefix + folder.relativize(file).toString().replace('\\', '/');
            files.put(rel, FileChecksums.of(file));
        }
    }

}
