package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import se.ukrapport.render.pdf.PdfAssertions;

/**
 * The rendered report, read back: Word with POI, PDF with OpenPDF's text extraction. Runs
 * the job on the demo corpus with one open answer changed to hold markup characters.
 */
class ReportRenderingFunctionalTests {

    private static final String NASTY = "Vårt <b>bästa</b> & \"x\" exempel";

    @TempDir
    static Path work;

    private static Path out;

    private static TestCorpus.Run run;

    @BeforeAll
    static void runOnDemoCorpusWithMarkupInAnAnswer() throws Exception {
        Path input = TestCorpus.copyDemo(work);
        // Markup characters in one best-example answer (the codebook's Bilaga 4
        // question).
        TestCorpus.rewriteSurvey(input, rows -> {
            int column = rows.get(0).indexOf("q35_basta_exempel");
            rows.get(1).set(column, NASTY);
        });
        run = TestCorpus.run(work);
        out = work.resolve("output");
    }

    @Test
    void reportAndEveryChapterFileExist() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("slutrapport.docx")).exists();
        assertThat(out.resolve("slutrapport.pdf")).exists();
        for (String id : ChapterIds.ALL) {
            assertThat(out.resolve("kapitel/" + id + ".docx")).exists();
            assertThat(out.resolve("kapitel/" + id + ".pdf")).exists();
        }
    }

    @Test
    void wordUsesBuiltInHeadingStylesAndNumbersCaptionsWithoutGaps() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("slutrapport.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            List<String> styles = doc.getParagraphs().stream().map(XWPFParagraph::getStyle).toList();
            assertThat(styles).contains("Heading1", "Heading2");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            List<Integer> tables = new ArrayList<>();
            List<Integer> figures = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Caption".equals(p.getStyle())) {
                    Matcher m = Pattern.compile("^(Tabell|Figur) (\\d+)\\. ").matcher(p.getText());
                    assertThat(m.find()).as(p.getText()).isTrue();
                    (m.group(1).equals("Tabell") ? tables : figures).add(Integer.parseInt(m.group(2)));
                }
            }
            assertThat(tables).isNotEmpty();
            assertThat(figures).isNotEmpty();
            for (int i = 0; i < tables.size(); i++) {
                assertThat(tables.get(i)).isEqualTo(i + 1);
            }
            for (int i = 0; i < figures.size(); i++) {
                assertThat(figures.get(i)).isEqualTo(i + 1);
            }
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
            String all = text(doc);
            assertThat(all).contains("16\u00a0766,7").contains("\u221215\u00a0919,6").contains(NASTY);
        }
    }

    /** Accessibility of the Word file: what a screen reader and a records office need. */
    @Test
    void wordHasAltTextLanguageTitleAndRepeatingHeaders() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("slutrapport.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isNotBlank();
            String styles = new String(doc.getStyles().getPackagePart().getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).containsPattern("<w:lang [^>]*w:val=\"sv-SE\"");
            int drawings = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (var run : p.getRuns()) {
                    for (var drawing : run.getCTR().getDrawingList()) {
                        for (var inline : drawing.getInlineList()) {
                            assertThat(inline.getDocPr().getDescr()).as("alt-text").isNotBlank();
                            drawings++;
                        }
                    }
                }
            }
            assertThat(drawings).isGreaterThan(10);
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
            List<String> headingStyles = doc.getParagraphs()
                .stream()
                .map(XWPFParagraph::getStyle)
                .filter(st -> st != null && st.startsWith("Heading"))
                .distinct()
                .toList();
            assertThat(headingStyles)
                .allSatisfy(st -> assertThat(doc.getStyles().getStyle(st).getName()).startsWith("heading "));
        }
    }

    @Test
    void pdfCaptionsAreNumberedLikeWord() throws Exception {
        String pdf = pdfText(out.resolve("slutrapport.pdf"));
        Matcher m = Pattern.compile("Tabell (\\d+)\\. ").matcher(pdf);
        int expected = 1;
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(expected++);
        }
        assertThat(expected).isGreaterThan(3);
        assertThat(pdf).contains("16\u00a0766,7").contains(NASTY);
    }

    /**
     * Issue 6: veraPDF finds no PDF/UA-1 machine-checkable failure and no PDF/A-1a
     * failure.
     */
    @Test
    void pdfReportIsTaggedPdfUa1AndPdfA1a() {
        PdfAssertions.assertConforms(out.resolve("slutrapport.pdf"));
    }

    /**
     * A chapter file alone starts without title page and TOC: its structure must hold up
     * by itself.
     */
    @Test
    void pdfChapterFilesAreTaggedPdfUa1AndPdfA1a() {
        PdfAssertions.assertConforms(out.resolve("kapitel/kap05.pdf"));
        PdfAssertions.assertConforms(out.resolve("kapitel/bilaga2.pdf"));
    }

    @Test
    void pdfTableOfContentsPointsToThePagesWhereHeadingsStart() throws Exception {
        List<String> headings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out.resolve("slutrapport.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle())) {
                    headings.add(p.getText());
                }
            }
        }
        PdfReader reader = new PdfReader(Files.readAllBytes(out.resolve("slutrapport.pdf")));
        PdfTextExtractor x = new PdfTextExtractor(reader);
        // The printed numbers are form XObjects filled in when the heading is placed;
        // OpenPDF's
        // extractor gives a form's text ahead of the line that shows it, and does not
        // always break
        // lines between tagged blocks: read the TOC as one text of "<page> <heading>"
        // entries.
        String toc = x.getTextFromPage(3).replaceAll("\\s+", " ");
        List<Integer> linked = tocLinkTargets(reader);
        assertThat(linked).hasSize(headings.size());
        int checked = 0;
        int from = 0;
        for (String heading : headings) {
            String text = heading.replaceAll("\\s+", " ");
            Matcher m = Pattern.compile("(\\d+) " + Pattern.quote(text)).matcher(toc);
            assertThat(m.find(from)).as("\"%s\" med sidnummer i innehållsförteckningen", heading).isTrue();
            int page = Integer.parseInt(m.group(1));
            assertThat(linked.get(checked)).as("länken till \"%s\"", heading).isEqualTo(page);
            String onPage = x.getTextFromPage(page).replaceAll("\\s+", " ");
            assertThat(onPage).as("\"%s\" ska börja på sidan %d", heading, page).contains(text);
            // (Not the page before the first chapter: the contents, page 3, list every
            // heading.)
            if (page - 1 > 3) {
                assertThat(x.getTextFromPage(page - 1).replaceAll("\\s+", " ")).as(heading).doesNotContain(text);
            }
            checked++;
            from = m.end();
        }
        assertThat(checked).isEqualTo(headings.size());
    }

    @Test
    void bestExamplesAreInSwedishAlphabeticalOrder() {
        List<String> names = TestCorpus.readCsv(out.resolve("data/tabell-basta-exempel.csv"))
            .stream()
            .map(r -> r.get("Kommun"))
            .toList();
        int vastervik = names.indexOf("Västervik");
        assertThat(vastervik).isNotNegative();
        assertThat(names.subList(vastervik + 1, names.size())).containsSubsequence("Åmål", "Åre", "Örebro",
                "Örnsköldsvik", "Österåker");
        assertThat(names).hasSize(65);
    }

    @Test
    void chapterTenAloneIsRenderedAndTheReportReassembled() throws Exception {
        Map<String, String> before = TestCorpus.snapshot(out);
        TestCorpus.Run partial = TestCorpus.run(work, "--kapitel=kap10");
        assertThat(partial.exitCode()).as(partial.err()).isZero();
        assertThat(partial.out()).contains("1 kapitelfiler");
        Map<String, String> after = TestCorpus.snapshot(out);
        // Same input: every file, the reassembled report included, comes out byte for
        // byte the same.
        assertThat(after).isEqualTo(before);
    }

    /** The page each link of the TOC page leads to, in the order of the links. */
    private static List<Integer> tocLinkTargets(PdfReader reader) {
        Map<Object, PdfObject> named = reader.getNamedDestination();
        Map<Integer, Integer> pageOfObject = new java.util.HashMap<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            pageOfObject.put(reader.getPageOrigRef(p).getNumber(), p);
        }
        List<Integer> pages = new ArrayList<>();
        // The contents are on page 3, after the title page and its back.
        PdfArray annots = reader.getPageN(3).getAsArray(PdfName.ANNOTS);
        for (int i = 0; i < annots.size(); i++) {
            PdfDictionary link = (PdfDictionary) PdfReader.getPdfObject(annots.getPdfObject(i));
            PdfObject d = PdfReader.getPdfObject(link.getAsDict(PdfName.A).get(PdfName.D));
            String name = d instanceof PdfString str ? str.toUnicodeString() : PdfName.decodeName(d.toString());
            PdfObject target = PdfReader.getPdfObject(named.get(name));
            PdfArray dest = target instanceof PdfDictionary t ? t.getAsArray(PdfName.D) : (PdfArray) target;
            pages.add(pageOfObject.get(((PdfIndirectReference) dest.getPdfObject(0)).getNumber()));
        }
        return pages;
    }

    private static String text(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
        for (XWPFTable t : doc.getTables()) {
            sb.append(t.getText()).append('\n');
        }
        return sb.toString();
    }

    private static String pdfText(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor x = new PdfTextExtractor(reader);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            sb.append(x.getTextFromPage(i)).append('\n');
        }
        // Text extraction puts a space before a no-break space (the glyph's own advance):
        // undo that.
        return sb.toString().replace(" \u00a0", "\u00a0");
    }

}
