package se.ukrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.ingest.csv.CsvRow;
import se.ukrapport.ingest.csv.CsvTable;

class TextEncodingTests {

    private static final String CSV = "kommun;svar\nÅmål;\"Vi har; en \"\"plan\"\"\növer två rader\"\nÖrnsköldsvik;ja\n";

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBom() throws Exception {
        Path f = dir.resolve("a.csv");
        byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertRead(f);
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        Path f = dir.resolve("b.csv");
        Files.write(f, CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(TextEncoding.detect(f).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertRead(f);
    }

    @Test
    void readsWindows1252() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.write(f, CSV.getBytes(TextEncoding.WINDOWS_1252));
        assertThat(TextEncoding.detect(f).charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertRead(f);
    }

    private void assertRead(Path f) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvTable t = CsvTable.open(f, "x.csv")) {
            t.require("kommun", "svar");
            t.forEach(rows::add);
        }
        assertThat(rows).extracting(r -> r.get("kommun")).containsExactly("Åmål", "Örnsköldsvik");
        assertThat(rows.get(0).raw("svar")).isEqualTo("Vi har; en \"plan\"\növer två rader");
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

}
