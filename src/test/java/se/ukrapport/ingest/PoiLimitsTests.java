package se.ukrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.targets.StrategyText;
import se.ukrapport.ingest.docs.StrategyTextReader;
import se.ukrapport.ingest.docs.UnreadableDocumentException;
import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.ingest.xlsx.GrantTestWorkbooks;
import se.ukrapport.ingest.xlsx.GrantWorkbookReader;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.InputException;

/**
 * Hostile Office files: zip bombs are refused with a Swedish reason, external entities
 * never resolved.
 */
class PoiLimitsTests {

    /**
     * 20 MB of blanks deflate to some 20 kB: a ratio of about 0,001, far below the limit.
     */
    private static final String PADDING = " ".repeat(20 * 1024 * 1024);

    private static final String ENTITY = "<!DOCTYPE %s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";

    @TempDir
    Path dir;

    @Test
    void limitsAreSetExplicitly() {
        PoiLimits.apply();
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(PoiLimits.MIN_INFLATE_RATIO);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(PoiLimits.MAX_ENTRY_SIZE);
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(PoiLimits.MAX_TEXT_SIZE);
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(PoiLimits.MAX_FILE_COUNT);
    }

    @Test
    void aStrategyDocumentThatInflatesHugelyIsSkippedWithASwedishReason() throws Exception {
        Path file = rewrite(docx("Bombby.docx"), "word/document.xml",
                xml -> xml.replace("<w:body>", "<w:body>" + PADDING));

        assertThatThrownBy(() -> new StrategyTextReader().read(file))
            .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                assertThat(e.file()).isEqualTo("Bombby.docx");
                assertThat(e.reason()).isEqualTo(PoiLimits.REFUSED);
                assertThat(e.getMessage()).contains("zip-bomb");
            });
    }

    @Test
    void aGrantWorkbookThatInflatesHugelyStopsTheRunWithASwedishMessage() throws Exception {
        Path book = GrantTestWorkbooks.standard()
            .standardRow("0880", "Kalmar kommun", "Kommun", "Total energianvändning", "MWh", 1500, 10, 20)
            .write(dir.resolve("ees-2010.xlsx"));
        Path file = rewrite(book, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>" + PADDING));

        assertThatThrownBy(() -> new GrantWorkbookReader().read(file, "ees/ees-2010.xlsx", r -> {
        }, r -> {
        })).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo("ees/ees-2010.xlsx");
            assertThat(e.problem()).isEqualTo(PoiLimits.REFUSED);
        });
    }

    @Test
    void anExternalEntityInADocxIsNeverResolved() throws Exception {
        Path file = rewrite(docx("Entitetby.docx"), "word/document.xml",
                xml -> "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + String.format(ENTITY, "w:document")
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>Start &x; slut</w:t></w:r></w:p></w:body></w:document>");

        Throwable failure = catchThrowable(() -> {
            StrategyText text = new StrategyTextReader().read(file);
            assertThat(text.blocks().toString()).doesNotContain("root:");
        });
        if (failure != null) {
            // Refused outright (POI disallows DOCTYPEs): skipped like any unreadable
            // document.
            assertThat(failure).isInstanceOfSatisfying(UnreadableDocumentException.class,
                    e -> assertThat(e.reason()).isEqualTo(PoiLimits.DOCTYPE_REFUSED));
            assertThat(failure.getMessage()).doesNotContain("root:");
        }
    }

    @Test
    void anExternalEntityInAGrantSheetIsNeverResolved() throws Exception {
        Path book = GrantTestWorkbooks.standard()
            .standardRow("0880", "Kalmar kommun", "Kommun", "Total energianvändning", "MWh", 1500, 10, 20)
            .write(dir.resolve("ees-2010.xlsx"));
        Path file = rewrite(book, "xl/worksheets/sheet1.xml", xml -> {
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append(String.format(ENTITY, "worksheet"))
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .append("<row r=\"1\">");
            List<String> header = GrantTestWorkbooks.STANDARD_HEADER;
            for (int i = 0; i < header.size(); i++) {
                sheet.append("<c r=\"")
                    .append((char) ('A' + i))
                    .append("1\" t=\"inlineStr\"><is><t>")
                    .append(header.get(i))
                    .append("</t></is></c>");
            }
            sheet.append("</row><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>0880</t></is></c>")
                .append("<c r=\"C2\" t=\"inlineStr\"><is><t>&x;</t></is></c>")
                .append("<c r=\"D2\" t=\"inlineStr\"><is><t>Kommun</t></is></c><c r=\"E2\"><v>2010</v></c>")
                .append("<c r=\"F2\" t=\"inlineStr\"><is><t>Total energianvändning</t></is></c>")
                .append("<c r=\"G2\" t=\"inlineStr\"><is><t>MWh</t></is></c><c r=\"H2\"><v>1500</v></c>")
                .append("<c r=\"K2\"><v>10</v></c><c r=\"L2\"><v>20</v></c></row></sheetData></worksheet>");
            return sheet.toString();
        });

        List<GrantRow> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Throwable failure = catchThrowable(
                () -> new GrantWorkbookReader().read(file, "ees/ees-2010.xlsx", rows::add, rejections::add));
        if (failure != null) {
            assertThat(failure).isInstanceOfSatisfying(InputException.class,
                    e -> assertThat(e.problem()).isEqualTo(PoiLimits.DOCTYPE_REFUSED));
            assertThat(failure.getMessage()).doesNotContain("root:");
        }
        assertThat(rows.toString() + rejections).doesNotContain("root:");
    }

    private Path docx(String name) throws IOException {
        Path file = dir.resolve("original-" + name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Energianvändningen ska minska med 20 % till 2020.");
            doc.write(out);
        }
        return dir.resolve(name).equals(file) ? file : Files.move(file, dir.resolve(name));
    }

    /**
     * The same package with one part's XML changed, deflated as hard as a bomb maker
     * would.
     */
    private static Path rewrite(Path file, String part, UnaryOperator<String> change) throws IOException {
        Path out = file.resolveSibling("tmp-" + file.getFileName());
        try (InputStream in = Files.newInputStream(file);
                ZipInputStream zin = new ZipInputStream(in);
                ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            zout.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] content = zin.readAllBytes();
                if (e.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(content);
                zout.closeEntry();
            }
        }
        return Files.move(out, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
