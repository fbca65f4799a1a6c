package se.ukrapport.rerun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import se.ukrapport.support.Sha256;

/**
 * SHA-256 of input files, each file read once per process while it stays the same: a run
 * takes the inventory before Spring starts and again when it compares, and the preview
 * before every run, and the input is mostly the same strategy documents each time. A
 * checksum is reused only for the same file (path and file key), size and modification
 * time, and only when that time lay well before the file was read, so a file rewritten
 * within the file system's timestamp granularity (a few milliseconds) is read again: the
 * "racy" case of Git's index, handled the same way.
 */
final class FileChecksums {

    /** A modification this close to the reading may not show in the file's time yet. */
    static final Duration RACY = Duration.ofSeconds(2);

    private record Known(long size, FileTime modified, Object fileKey, Instant read, String sha) {
    }

    private static final Map<Path, Known> KNOWN = new ConcurrentHashMap<>();

    private FileChecksums() {
    }

    static String of(Path file) {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Known known = KNOWN.get(key);
        if (known != null && known.size() == attributes.size() && known.modified().equals(attributes.lastModifiedTime())
                && Objects.equals(known.fileKey(), attributes.fileKey())
                && attributes.lastModifiedTime().toInstant().isBefore(known.read().minus(RACY))) {
            return known.sha();
        }
        Instant read = Instant.now();
        String sha = read(file);
        KNOWN.put(key, new Known(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey(), read, sha));
        return sha;
    }

    private static String read(Path file) {
        MessageDigest sha = Sha256.digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0;) {
                sha.update(buf, 0, n);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.hex(sha);
    }

}
