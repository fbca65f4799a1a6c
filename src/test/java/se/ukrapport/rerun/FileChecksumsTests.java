package se.ukrapport.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's checksum is taken again whenever the file may have changed: another size or
 * time, another file under the same name, or a rewrite so soon after the last reading
 * that the file system's time may not show it.
 */
class FileChecksumsTests {

    private static final String SHA_AAAA = "61be55a8e2f6b4e172338bddf184d6dbee29c98853e0a0485ecee7f27b9af0b4";

    private static final String SHA_BBBB = "81cc5b17018674b401b42f35ba07bb79e211239c23bffe658da1577e3e646877";

    /** A time long before any reading: a checksum of such a file may be kept. */
    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    /** A file of the given content, last modified long ago. */
    private Path written(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, OLD);
        return file;
    }

    @Test
    void aFileRewrittenAtOnceWithTheSameSizeIsReadAgain() throws Exception {
        Path file = dir.resolve("mall.ftl");
        Files.writeString(file, "aaaa");
        assertThat(FileChecksums.of(file)).isEqualTo(SHA_AAAA);

        Files.writeString(file, "bbbb");

        assertThat(FileChecksums.of(file)).isEqualTo(SHA_BBBB);
    }

    @Test
    void anOldFileIsReadAgainWhenItsSizeOrTimeChanges() throws Exception {
        Path file = written("enkat.csv", "aaaa");
        assertThat(FileChecksums.of(file)).isEqualTo(SHA_AAAA);
        assertThat(FileChecksums.of(file)).isEqualTo(SHA_AAAA);

        Files.writeString(file, "bbbbb");
        Files.setLastModifiedTime(file, OLD);
        assertThat(FileChecksums.of(file)).isNotEqualTo(SHA_AAAA);

        Files.writeString(file, "bbbb");
        assertThat(FileChecksums.of(file)).isEqualTo(SHA_BBBB);
    }

    @Test
    void anotherFileUnderTheSameNameIsReadAgain() throws Exception {
        Path file = written("ees.xlsx", "aaaa");
        assertThat(FileChecksums.of(file)).isEqualTo(SHA_AAAA);

        Path replacement = written("ny.xlsx", "bbbb");
        Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(FileChecksums.of(file)).isEqualTo(SHA_BBBB);
    }

}
