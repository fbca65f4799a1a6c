package se.ukrapport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

import se.ukrapport.render.model.BulletList;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.Inline;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * The PDF read back as a structure: what PDF/UA-1 and PDF/A-1a ask of it beyond what
 * veraPDF's run on the demo report checks (ReportRenderingFunctionalTests): the roles in
 * reading order, column scope on header cells, a table header repeated on the next page
 * as an artifact and not as content, alt text on figures, tagged links, language, title
 * and the declarations in XMP.
 */
class TaggedPdfTests {

    private static final int LONG_TABLE_ROWS = 90;

    private static byte[] pdf;

    private static PdfReader reader;

    @BeforeAll
    static void write() throws Exception {
        pdf = new PdfReportWriter().write(sample(), true);
        reader = new PdfReader(pdf);
    }

    @Test
    void catalogDeclaresLanguageTitleAndTaggedContent() {
        PdfDictionary catalog = reader.getCatalog();
        assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("sv-SE");
        assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED).toString()).isEqualTo("true");
        assertThat(catalog.getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE).toString())
            .isEqualTo("true");
        assertThat(reader.getInfo()).containsEntry("Title", "Uthållig kommun – årsrapport 2011");
        PdfDictionary intent = (PdfDictionary) PdfReader
            .getPdfObject(catalog.getAsArray(PdfName.OUTPUTINTENTS).getPdfObject(0));
        assertThat(intent.get(PdfName.S)).isEqualTo(PdfName.GTS_PDFA1);
    }

    @Test
    void xmpDeclaresPdfA1aAndPdfUa1() throws Exception {
        String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
        assertThat(xmp).contains("<pdfaid:part>1</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                "<pdfuaid:part>1</pdfuaid:part>", "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
                "<rdf:li xml:lang=\"x-default\">Uthållig kommun – årsrapport 2011</rdf:li>");
    }

    @Test
    void structureFollowsReadingOrder() {
        List<String> roles = new ArrayList<>();
        walk(structRoot(), roles, new ArrayList<>());
        assertThat(roles).containsSubsequence("Document", "H1", "P", "H1", "TOC", "TOCI", "Link", "Sect", "H1", "P",
                "H2", "Table", "Caption", "TR", "TH", "TR", "TD", "L", "LI", "Lbl", "LBody", "Caption", "Figure");
    }

    @Test
    void headerCellsHaveColumnScopeAndAreTaggedOnceWhenTheTableCrossesAPage() {
        List<PdfDictionary> headers = new ArrayList<>();
        collect(structRoot(), "TH", headers);
        // tables of 3, 2 and 2 columns, one header row each, tagged once each
        assertThat(headers).hasSize(3 + 2 + 2);
        for (PdfDictionary th : headers) {
            PdfDictionary a = th.getAsDict(PdfName.A);
            assertThat(a.get(new PdfName("Scope"))).isEqualTo(new PdfName("Column"));
        }
        List<PdfDictionary> rows = new ArrayList<>();
        collect(structRoot(), "TR", rows);
        assertThat(rows).hasSize((1 + 2) + (1 + 1) + (1 + LONG_TABLE_ROWS));
        assertThat(reader.getNumberOfPages()).isGreaterThan(4);
        // the repeated header is drawn as an artifact on the long table's following
        // page(s)
        String lastPage = content(reader.getNumberOfPages());
        assertThat(lastPage).contains("/Artifact BMC").contains("/TD <</MCID");
    }

    @Test
    void figuresCarryTheirAltText() {
        List<PdfDictionary> figures = new ArrayList<>();
        collect(structRoot(), "Figure", figures);
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).getAsString(PdfName.ALT).toUnicodeString())
            .isEqualTo("Staplar: 46 % av storstäderna har en strategi");
    }

    @Test
    void tableOfContentsLinksAreTaggedAndDescribed() {
        // Page 1 is the title page, 2 its back with the publication details, 3 the
        // contents.
        PdfDictionary page = reader.getPageN(3);
        PdfArray annots = page.getAsArray(PdfName.ANNOTS);
        assertThat(annots.size()).isEqualTo(sample().tocEntries().size());
        PdfDictionary link = (PdfDictionary) PdfReader.getPdfObject(annots.getPdfObject(0));
        assertThat(link.getAsString(PdfName.CONTENTS).toUnicodeString()).isEqualTo("1 Sammanfattning");
        assertThat(link.get(PdfName.STRUCTPARENT)).isNotNull();
        assertThat(page.get(PdfName.TABS)).isEqualTo(PdfName.S);
    }

    @Test
    void pageNumbersAreArtifacts() {
        assertThat(content(4)).contains("/H1 <</MCID").contains("/Artifact BMC");
    }

    @Test
    void everyEmbeddedFontsCidSetNamesAllItsGlyphs() throws Exception {
        int fonts = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                byte[] font = PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(d.get(PdfName.FONTFILE2)));
                byte[] cidSet = PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(d.get(PdfName.CIDSET)));
                assertThat(cidSet).isEqualTo(CidSetCompletion.allGlyphs(CidSetCompletion.glyphCount(font)));
                fonts++;
            }
        }
        // Regular, bold and italic: the test document uses all three.
        assertThat(fonts).isEqualTo(3);
        assertThat(CidSetCompletion.allGlyphs(10)).containsExactly(0xFF, 0xC0);
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        assertThat(new PdfReportWriter().write(sample(), true)).isEqualTo(pdf);
    }

    @Test
    void writtenIntoAFileItIsTheSameBytesAndLeavesNoDraft(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("slutrapport.pdf");
        List<Integer> pages = new PdfReportWriter().writeTo(sample(), true, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        assertThat(pages).isNotEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static String content(int page) {
        try {
            return new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfDictionary structRoot() {
        return reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
    }

    private static void walk(PdfDictionary node, List<String> roles, List<PdfDictionary> seen) {
        PdfObject k = PdfReader.getPdfObject(node.get(PdfName.K));
        List<PdfObject> kids = new ArrayList<>();
        if (k instanceof PdfArray a) {
            for (int i = 0; i < a.size(); i++) {
                kids.add(PdfReader.getPdfObject(a.getPdfObject(i)));
            }
        }
        else if (k != null) {
            kids.add(k);
        }
        for (PdfObject kid : kids) {
            if (kid instanceof PdfDictionary d && d.get(PdfName.S) != null) {
                roles.add(PdfName.decodeName(d.get(PdfName.S).toString()));
                seen.add(d);
                walk(d, roles, seen);
            }
        }
    }

    private static void collect(PdfDictionary root, String role, List<PdfDictionary> out) {
        List<String> roles = new ArrayList<>();
        List<PdfDictionary> nodes = new ArrayList<>();
        walk(root, roles, nodes);
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).equals(role)) {
                out.add(nodes.get(i));
            }
        }
    }

    static ReportDocument sample() {
        List<List<String>> many = new ArrayList<>();
        for (int i = 1; i <= LONG_TABLE_ROWS; i++) {
            many.add(List.of("Kommun " + i, Integer.toString(i)));
        }
        Chapter one = new Chapter("kap01", "Sammanfattning", List.of(new Heading(1, "1 Sammanfattning"),
                new Paragraph(List.of(new Inline.Ref("tabell-energi", true), new Inline.Text(" visar "),
                        new Inline.Strong("energin"), new Inline.Text(" och "), new Inline.Emphasis("andelen"))),
                new Heading(2, "1.1 Energi per bärare"),
                new Table("tabell-energi", "Energianvändningens förändring, MWh",
                        List.of(List.of("Bärare", "Ökning", "Minskning")),
                        List.of(List.of("Fjärrvärme", "1\u00a0200,5", "\u221215\u00a0919,6"),
                                List.of("El", "30,0", "0,0")),
                        List.of(false, true, true), false, List.of()),
                new BulletList(
                        List.of(List.of(new Inline.Text("Första punkten")), List.of(new Inline.Text("Andra punkten")))),
                new Figure("figur-q06", "Andel kommuner med strategi", "Staplar: 46 % av storstäderna har en strategi",
                        new Chart(Chart.Kind.BAR, List.of("Storstad", "Landsbygd"),
                                List.of(new Chart.Series("Ja", List.of(new BigDecimal("46.2"), new BigDecimal("12")))),
                                "%"))));
        Chapter two = new Chapter("bilaga1", "Bilaga 1",
                List.of(new Heading(1, "Bilaga 1 Kommuner"),
                        new Table("tabell-kort", "Kort tabell", List.of(List.of("Kommun", "Kluster")),
                                List.of(List.of("Lerum", "Storstad")), List.of(false, false), false, List.of()),
                        new Table("tabell-lang", "Lång tabell", List.of(List.of("Kommun", "Nummer")), many,
                                List.of(false, true), false, List.of())));
        return new ReportDocument(new ReportDocument.Meta("Uthållig kommun – årsrapport 2011", "Etapp 3",
                "Energimyndigheten", LocalDate.of(2012, 3, 1), "Framställd med uk-rapport."), List.of(one, two));
    }

}
