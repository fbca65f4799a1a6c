package se.ukrapport.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over the input folder and templates (every file's relative path and bytes, in a fixed
 * order) and the program version: the report's identity. The same input gives the same
 * fingerprint, so a second run of it is Spring Batch's "instance already complete".
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(String programVersion, Path... folders) {
        MessageDigest sha = sha256();
        sha.update(("uk-rapport " + programVersion + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            for (Path file : files(folder)) {
                String rel = folder.relativize(file).toString().replace('\\', '/');
                sha.update(("\n" + rel + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buf = new byte[64 * 1024];
                    for (int n; (n = in.read(buf)) > 0;) {
                        sha.update(buf, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
