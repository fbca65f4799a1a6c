package se.ukrapport.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unchanged-input answer reads only the manifest's fingerprint, with the streaming
 * parser; it must agree with the full reading, wherever the property stands, and treat a
 * damaged manifest as "cannot tell" (so everything is rendered again).
 */
class ManifestFingerprintTests {

    @TempDir
    Path folder;

    @Test
    void fingerprintOfAWrittenManifest() {
        Manifest m = new Manifest("uk-rapport 0.1.0", 2011, "abc123", Map.of("a.csv", "x"),
                Map.of("kap01", new Manifest.ChapterEntry("c", List.of("a.csv"), List.of("q1"), List.of(), List.of())));
        m.write(folder);
        assertThat(Manifest.readFingerprint(folder)).contains("abc123");
        assertThat(Manifest.read(folder).map(Manifest::fingerprint)).isEqualTo(Manifest.readFingerprint(folder));
    }

    @Test
    void fingerprintAfterNestedProperties() throws Exception {
        write("{\"files\":{\"fingerprint\":\"inner\"},\"chapters\":{},\"fingerprint\":\"outer\"}");
        assertThat(Manifest.readFingerprint(folder)).contains("outer");
    }

    @Test
    void damagedOrMissingManifestTellsNothing() throws Exception {
        assertThat(Manifest.readFingerprint(folder)).isEmpty();
        write("{\"program\":\"uk-rapport\",\"finger");
        assertThat(Manifest.readFingerprint(folder)).isEmpty();
        write("[\"fingerprint\"]");
        assertThat(Manifest.readFingerprint(folder)).isEmpty();
    }

    private void write(String json) throws Exception {
        Files.writeString(folder.resolve(Manifest.FILE), json, StandardCharsets.UTF_8);
    }

}
