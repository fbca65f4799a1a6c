package se.ukrapport.ingest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import se.ukrapport.bench.ScaleCorpusGenerator;
import se.ukrapport.ingest.PoiLimits;
import se.ukrapport.domain.targets.TextBlock.Kind;
import se.ukrapport.domain.targets.TextBlock;

/**
 * The streaming reader against the XWPFDocument reading it replaced
 * ({@link XwpfReference}): the same blocks, or the same reason for skipping the document,
 * on the demo corpus, on the scale corpus's documents, on a document built with XWPF and
 * on markup written by hand.
 */
class DocxStreamingReaderTests {

    @TempDir
    Path dir;

    @Test
    void demoCorpusDocumentsGiveTheSameBlocks() throws IOException {
        Path shared = Path.of("..", "shared", "corpus", "demo", "input", "strategier");
        Path folder = Files.isDirectory(shared) ? shared : Path.of("input", "strategier");
        List<Path> documents = docx(folder);
        assertThat(documents).isNotEmpty();
        for (Path file : documents) {
            assertSameAsXwpf(file);
        }
    }

    @Test
    void scaleCorpusDocumentsGiveTheSameBlocks() throws IOException {
        ScaleCorpusGenerator.generate(dir, 48, 1, 7);
        List<Path> documents = docx(dir.resolve("strategier"));
        assertThat(documents).hasSize(16);
        for (Path file : documents) {
            assertSameAsXwpf(file);
        }
    }

    @Test
    void aDocumentBuiltWithXwpfGivesTheSameBlocks() throws IOException {
        Path file = dir.resolve("Xwpfby.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            writeEverything(doc);
            doc.write(out);
        }
        List<TextBlock> blocks = assertSameAsXwpf(file);
        // The document does exercise the rules compared (not only produce paragraphs).
        assertThat(blocks).contains(new TextBlock(Kind.HEADING, "Energi- och klimatstrategi"),
                new TextBlock(Kind.HEADING, "Rubrik vars formatmall heter heading 2"),
                new TextBlock(Kind.HEADING, "Rubrik vars formatmall heter Rubrik 1"),
                new TextBlock(Kind.LIST_ITEM, "Punkt genom numrering"),
                new TextBlock(Kind.LIST_ITEM, "Punkt genom formatmallens namn"),
                new TextBlock(Kind.HEADING, "Fet rad utan punkt"), new TextBlock(Kind.PARAGRAPH, "Fet rad med punkt."),
                new TextBlock(Kind.PARAGRAPH, "Delvis fet rad"), new TextBlock(Kind.PARAGRAPH, "Fet med värdet noll"),
                new TextBlock(Kind.TABLE_CELL, "Inre tabell"));
        assertThat(blocks).extracting(TextBlock::text)
            .anyMatch(t -> t.contains("𝔘𝔱𝔥å𝔩𝔩𝔦𝔤 🌍"))
            .anyMatch(t -> t.contains("[footnoteRef:"))
            .anyMatch(t -> t.contains("Innehåll"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markup")
    void handWrittenMarkupGivesTheSameBlocksOrTheSameReason(String name, RawDocx docx) throws IOException {
        assertSameAsXwpfOutcome(docx.write(dir.resolve("Handskriven.docx")), name);
    }

    @Test
    void theMainPartIsFoundByItsRelationshipWhateverItsNameAndContentType() throws IOException {
        String body = p(r("<w:t>Makron och mallar</w:t>"));
        for (String type : List.of("application/vnd.ms-word.document.macroEnabled.main+xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                "application/vnd.ms-word.template.macroEnabledTemplate.main+xml", RawDocx.DOCUMENT_TYPE)) {
            Path file = RawDocx.body(body).main("word/huvud.xml", type).write(dir.resolve("Mall.docx"));
            assertThat(assertSameAsXwpf(file)).containsExactly(new TextBlock(Kind.PARAGRAPH, "Makron och mallar"));
        }
    }

    @Test
    void aDoctypeIsRefusedAsBeforeAndItsEntityNeverResolved() throws IOException {
        Path file = RawDocx
            .document("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + "<w:document xmlns:w=\""
                    + RawDocx.W + "\"><w:body>" + p(r("<w:t>Start &x; slut</w:t>")) + "</w:body></w:document>")
            .write(dir.resolve("Entitet.docx"));
        String outcome = assertSameAsXwpfOutcome(file, "DOCTYPE");
        assertThat(outcome).isEqualTo("skipped: " + PoiLimits.DOCTYPE_REFUSED);
    }

    @Test
    void brokenFilesAreSkippedWithTheSameReasons() throws IOException {
        Path notZip = Files.writeString(dir.resolve("Text.docx"), "inte ett Word-dokument");
        Path ole2 = Files.write(dir.resolve("Gammal.docx"),
                new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 });
        Path truncated = Files.write(dir.resolve("Trasig.docx"), new byte[] { 0x50, 0x4B, 3, 4, 1, 2, 3, 4, 5, 6 });
        Path zipWithoutParts = dir.resolve("Tom.docx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(zipWithoutParts))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("annat.txt"));
            zip.write("hej".getBytes());
        }
        Path noMainPart = RawDocx.body(p(r("<w:t>x</w:t>"))).write(dir.resolve("Utan.docx"));
        rewriteRels(noMainPart);
        for (Path file : List.of(notZip, ole2, truncated, zipWithoutParts, noMainPart)) {
            assertThat(assertSameAsXwpfOutcome(file, file.getFileName().toString())).startsWith("skipped: ");
        }
    }

    // ---------------------------------------------------------------- hand-written
    // markup

    static Stream<Arguments> markup() {
        Stream.Builder<Arguments> cases = Stream.builder();
        // Paragraph properties: style id, numbering, and the values XMLBeans refuses.
        cases.add(of("numbering without a value",
                "<w:p><w:pPr><w:numPr><w:numId/></w:numPr></w:pPr>" + r("<w:t>x</w:t>") + "</w:p>"));
        cases.add(of("numbering attribute unqualified",
                "<w:p><w:pPr><w:numPr><w:numId val=\"5\"/></w:numPr></w:pPr>" + r("<w:t>x</w:t>") + "</w:p>"));
        for (String v : List.of("abc", "+5", "05", "", "5.0", " 0 ", "-1", "99999999999", "&#9;7&#10;")) {
            cases.add(of("numbering id '" + v + "'", "<w:p><w:pPr><w:numPr><w:numId w:val=\"" + v
                    + "\"/></w:numPr></w:pPr>" + r("<w:t>x</w:t>") + "</w:p>"));
        }
        cases.add(of("style without a value", "<w:p><w:pPr><w:pStyle/></w:pPr>" + r("<w:t>x</w:t>") + "</w:p>"));
        cases.add(of("style empty", "<w:p><w:pPr><w:pStyle w:val=\"\"/></w:pPr>" + r("<w:t>x</w:t>") + "</w:p>"));
        // Bold: w:val spellings, several b or rPr, order inside the run.
        for (String v : List.of("true", " true ", "True", "on", "ON", "x", "1", " 1", "&#9;1", "0", "false", "false ",
                "off", "bogus", "")) {
            cases.add(of("bold w:val='" + v + "'", p(r("<w:rPr><w:b w:val=\"" + v + "\"/></w:rPr><w:t>Rubrik</w:t>"))));
        }
        cases.add(of("bold val unqualified", p(r("<w:rPr><w:b val=\"0\"/></w:rPr><w:t>Rubrik</w:t>"))));
        cases.add(of("two b, first off", p(r("<w:rPr><w:b w:val=\"0\"/><w:b/></w:rPr><w:t>Rubrik</w:t>"))));
        cases.add(of("two rPr, bold in second", p(r("<w:rPr><w:i/></w:rPr><w:rPr><w:b/></w:rPr><w:t>Rubrik</w:t>"))));
        cases.add(of("rPr after the text", p("<w:r><w:t>Rubrik</w:t><w:rPr><w:b/></w:rPr></w:r>")));
        cases.add(of("bold in the style only", p("<w:pPr><w:rPr><w:b/></w:rPr></w:pPr>"
                + r("<w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Rubrik</w:t>"))));
        cases.add(of("bold run and blank run",
                p(r("<w:rPr><w:b/></w:rPr><w:t>Rubrik</w:t>") + r("<w:t xml:space=\"preserve\">  </w:t>"))));
        cases.add(of("bold run and tab-only run", p(r("<w:rPr><w:b/></w:rPr><w:t>Rubrik</w:t>") + r("<w:tab/>"))));
        cases.add(of("bold deleted run", p("<w:del>" + r("<w:delText>Strykt</w:delText>") + "</w:del>"
                + r("<w:rPr><w:b/></w:rPr><w:t>Rubrik</w:t>"))));
        cases.add(of("bold text in a content control", p("<w:sdt><w:sdtContent>" + r("<w:t>Vanlig</w:t>")
                + "</w:sdtContent></w:sdt>" + r("<w:rPr><w:b/></w:rPr><w:t>Rubrik</w:t>"))));
        // Caps and small caps upper-case the text; w:val as for bold.
        cases.add(of("caps", p(r("<w:rPr><w:caps/></w:rPr><w:t>versal åäö</w:t>")
                + r("<w:rPr><w:smallCaps w:val=\"0\"/></w:rPr><w:t>gemen</w:t>"))));
        cases.add(of("caps with a bad value", p(r("<w:rPr><w:caps w:val=\"ja\"/></w:rPr><w:t>versal</w:t>"))));
        // Run content.
        cases.add(of("tabs, breaks, hyphens", p(r(
                "<w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/><w:t>e</w:t><w:noBreakHyphen/><w:t>f</w:t><w:softHyphen/><w:t>g</w:t>"))));
        cases.add(of("symbols and others add nothing", p(r(
                "<w:t>a</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0E0\"/><w:lastRenderedPageBreak/><w:pgNum/><w:footnoteRef/><w:t>b</w:t>"))));
        cases.add(of("field codes",
                p(r("<w:fldChar w:fldCharType=\"begin\"/>")
                        + r("<w:instrText xml:space=\"preserve\"> PAGEREF _Toc1 \\h </w:instrText>")
                        + r("<w:fldChar w:fldCharType=\"separate\"/>") + r("<w:t>7</w:t>")
                        + r("<w:fldChar w:fldCharType=\"end\"/>"))));
        cases.add(of("deleted field code",
                p("<w:del>" + r("<w:delInstrText>PAGE</w:delInstrText>") + "</w:del>" + r("<w:t>x</w:t>"))));
        cases.add(of("check boxes", p(r(
                "<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"1\"/></w:checkBox></w:ffData></w:fldChar>")
                + r("<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default/></w:checkBox></w:ffData></w:fldChar>")
                + r("<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox/></w:ffData></w:fldChar>")
                + r("<w:t>Ja</w:t>"))));
        cases.add(of("field char type ' begin '", p(r("<w:fldChar w:fldCharType=\" begin \"/>") + r("<w:t>x</w:t>"))));
        cases.add(of("field char type Begin", p(r("<w:fldChar w:fldCharType=\"Begin\"/>") + r("<w:t>x</w:t>"))));
        cases.add(of("field char without type", p(r("<w:fldChar/>") + r("<w:t>x</w:t>"))));
        cases.add(of("ruby", p(r(
                "<w:ruby><w:rubyPr><w:hps w:val=\"10\"/></w:rubyPr><w:rt><w:r><w:t>RT</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>BAS</w:t><w:tab/></w:r></w:rubyBase></w:ruby><w:t>efter</w:t>"))));
        cases.add(of("text box in a pict", p(r(
                "<w:t>a</w:t><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>ruta1</w:t></w:r><w:r><w:t></w:t></w:r><w:r><w:t>ruta2</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict><w:t>b</w:t>"))));
        cases.add(of("text box in a drawing and a pict", p(r(
                "<w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:docPr w:id=\"1\" id=\"1\" name=\"x\"/><w:txbxContent><w:p><w:r><w:t>ritning</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing><w:pict><w:t>bild</w:t></w:pict>"))));
        cases.add(of("text box in alternate content", p(r(
                "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>val</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>reserv</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent><w:t>text</w:t>"))));
        cases.add(of("comment and CDATA in text", p(r("<w:t>a<!-- c -->b<![CDATA[<&>]]>c<?pi x?>d</w:t>")
                + r("<w:pict><w:t>e<!-- c -->f</w:t><w:t>g<w:b/>h</w:t></w:pict>"))));
        cases.add(of("element inside w:t", p(r("<w:t>a<w:b/>b</w:t>"))));
        cases
            .add(raw("prefix other than w",
                    RawDocx.document("<x:document xmlns:x=\"" + RawDocx.W
                            + "\"><x:body><x:p><x:r><x:t>a</x:t><x:tab/><x:t>b</x:t>"
                            + "<x:instrText>KOD</x:instrText></x:r></x:p></x:body></x:document>")));
        cases.add(raw("default namespace", RawDocx.document(
                "<document xmlns=\"" + RawDocx.W + "\"><body><p><r><t>a</t><br/><t>b</t></r></p></body></document>")));
        // Paragraph content: links, fields, changes, smart tags, custom XML, content
        // controls.
        cases.add(of("hyperlink with nested content",
                p("<w:hyperlink r:id=\"rId9\">" + r("<w:t>länk</w:t>") + "<w:smartTag>" + r("<w:t>dold</w:t>")
                        + "</w:smartTag><w:ins>" + r("<w:t>dold</w:t>") + "</w:ins></w:hyperlink>"
                        + r("<w:t>efter</w:t>"))));
        cases.add(of("simple field", p(r("<w:t>Sida </w:t>") + "<w:fldSimple w:instr=\" PAGE \">" + r("<w:t>3</w:t>")
                + "<w:fldSimple w:instr=\"X\">" + r("<w:t>inre</w:t>") + "</w:fldSimple></w:fldSimple>")));
        cases.add(of("insertion and deletion",
                p(r("<w:t>Målet är </w:t>") + "<w:del w:id=\"1\" w:author=\"A\">" + r("<w:delText>20</w:delText>")
                        + "</w:del><w:ins w:id=\"2\" w:author=\"A\">" + r("<w:t>25</w:t>") + "</w:ins>"
                        + r("<w:t> procent.</w:t>"))));
        cases.add(of("insertion inside a deletion", p("<w:del><w:ins>" + r("<w:t>I</w:t>") + "</w:ins>"
                + r("<w:delText>D</w:delText>") + r("<w:t>T</w:t>") + "</w:del>")));
        cases.add(of("hyperlink inside an insertion",
                p("<w:ins><w:hyperlink>" + r("<w:t>HL</w:t>") + "</w:hyperlink>" + r("<w:t>R</w:t>") + "</w:ins>")));
        cases.add(of("hyperlink inside nested insertions",
                p("<w:ins><w:ins><w:hyperlink>" + r("<w:t>HL</w:t>") + "</w:hyperlink><w:smartTag><w:hyperlink>"
                        + r("<w:t>ST</w:t>") + "</w:hyperlink></w:smartTag>" + r("<w:t>R</w:t>")
                        + "</w:ins></w:ins>")));
        cases.add(of("moves", p("<w:moveFrom>" + r("<w:t>från</w:t>") + "</w:moveFrom><w:moveTo>" + r("<w:t>till</w:t>")
                + "</w:moveTo>")));
        cases.add(of("smart tags nested", p("<w:smartTag w:element=\"place\"><w:smartTag>" + r("<w:t>Kalmar</w:t>")
                + "</w:smartTag><w:hyperlink>" + r("<w:t> län</w:t>") + "</w:hyperlink></w:smartTag>")));
        cases.add(of("custom XML, bidi and math are not read", p("<w:customXml w:element=\"x\">" + r("<w:t>cx</w:t>")
                + "</w:customXml><w:dir w:val=\"rtl\">" + r("<w:t>dir</w:t>") + "</w:dir><w:bdo w:val=\"rtl\">"
                + r("<w:t>bdo</w:t>")
                + "</w:bdo><m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><m:r><w:t>m</w:t></m:r></m:oMath>"
                + r("<w:t>kvar</w:t>"))));
        cases.add(of("content control in a paragraph",
                p(r("<w:t>Före </w:t>") + "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>"
                        + r("<w:t>inne</w:t>") + "<w:sdt><w:sdtContent>" + r("<w:t>djupt</w:t>")
                        + "</w:sdtContent></w:sdt>" + r("<w:t>sist</w:t>") + r("<w:delText>strykt</w:delText>")
                        + "<w:hyperlink>" + r("<w:t>länk</w:t>") + "</w:hyperlink></w:sdtContent></w:sdt>"
                        + r("<w:t> efter</w:t>"))));
        cases.add(of("content control without content", p("<w:sdt><w:sdtPr/></w:sdt>" + r("<w:t>x</w:t>"))));
        cases.add(of("stray elements where XMLBeans has no type", r("<w:t>lös</w:t>")
                + p("<w:t>lös</w:t>" + r("<w:t>x</w:t>")) + "<w:bookmarkStart w:id=\"0\" w:name=\"a\"/>"));
        // Notes.
        String notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Källa: SCB.</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>tabell i not</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>andra stycket</w:t></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"2\"><w:p><w:r><w:t>hänvisar</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"3\"><w:p><w:r><w:t>tre</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p></w:footnote>";
        String endnotes = "<w:endnote w:id=\"1\"><w:p><w:r><w:t>slutnot</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p></w:endnote>";
        cases.add(raw("footnotes and endnotes", RawDocx
            .body(p(r("<w:t>Text</w:t>") + r("<w:footnoteReference w:id=\"1\"/>") + "<w:hyperlink>"
                    + r("<w:endnoteReference w:id=\"1\"/>") + "</w:hyperlink>" + r("<w:footnoteReference w:id=\"2\"/>")
                    + r("<w:footnoteReference w:id=\"3\"/>"))
                    + p(r("<w:footnoteReference w:id=\"9\"/>") + r("<w:footnoteReference/>"))
                    + p("<w:sdt><w:sdtContent>" + r("<w:footnoteReference w:id=\"1\"/>") + "</w:sdtContent></w:sdt>"))
            .footnotes(notes)
            .endnotes(endnotes)));
        cases.add(raw("endnotes part before footnotes part",
                RawDocx
                    .body(p(r("<w:t>Text</w:t>") + r("<w:endnoteReference w:id=\"1\"/>")
                            + r("<w:footnoteReference w:id=\"3\"/>")))
                    .endnotes(endnotes)
                    .footnotes(notes)));
        cases.add(of("footnote references without notes",
                p(r("<w:t>x</w:t>") + r("<w:footnoteReference w:id=\"2\"/>") + r("<w:endnoteReference w:id=\"1\"/>"))));
        cases.add(of("footnote reference id not a number",
                p(r("<w:t>x</w:t>") + r("<w:footnoteReference w:id=\"abc\"/>"))));
        cases.add(raw("note id not a number, before the match", RawDocx.body(p(r("<w:footnoteReference w:id=\"2\"/>")))
            .footnotes(
                    "<w:footnote w:id=\"zz\"><w:p/></w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:t>två</w:t></w:r></w:p></w:footnote>")));
        cases.add(raw("note id not a number, after the match", RawDocx.body(p(r("<w:footnoteReference w:id=\"2\"/>")))
            .footnotes(
                    "<w:footnote w:id=\"2\"><w:p><w:r><w:t>två</w:t></w:r></w:p></w:footnote><w:footnote w:id=\"zz\"><w:p/></w:footnote>")));
        cases.add(raw("note id beyond int", RawDocx.body(p(r("<w:footnoteReference w:id=\"4294967297\"/>")))
            .footnotes("<w:footnote w:id=\"1\"><w:p><w:r><w:t>ett</w:t></w:r></w:p></w:footnote>")));
        // Styles: id → name, first style with an id wins, style names in other languages.
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Formatmall1\"><w:name w:val=\"heading 2\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Formatmall2\"><w:name w:val=\"Rubrik 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Formatmall3\"><w:name w:val=\"Punktlista\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Formatmall4\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Formatmall4\"><w:name w:val=\"Rubrik 2\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Formatmall5\"/>"
                + "<w:style w:type=\"paragraph\"><w:name w:val=\"Rubrik utan id\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Formatmall6\"><w:name/><w:name w:val=\"Title\"/></w:style>";
        StringBuilder styled = new StringBuilder();
        for (String id : List.of("Formatmall1", "Formatmall2", "Formatmall3", "Formatmall4", "Formatmall5",
                "Formatmall6", "Saknas", "Heading3", "ListParagraph")) {
            styled.append("<w:p><w:pPr><w:pStyle w:val=\"")
                .append(id)
                .append("\"/></w:pPr>")
                .append(r("<w:t>Stil " + id + "</w:t>"))
                .append("</w:p>");
        }
        cases.add(raw("style names", RawDocx.body(styled.toString()).styles(styles)));
        cases.add(raw("style names without a styles part", RawDocx.body(styled.toString())));
        cases.add(raw("styles part of the wrong kind", RawDocx.body(styled.toString())
            .part("styles", "word/styles.xml", "application/xml", "<w:numbering xmlns:w=\"" + RawDocx.W + "\"/>")));
        cases.add(of("numbered heading and listed heading",
                "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:numPr><w:numId w:val=\"x\"/></w:numPr></w:pPr>"
                        + r("<w:t>Numrerad rubrik</w:t>") + "</w:p>"));
        // Tables.
        cases.add(of("tables",
                "<w:tbl></w:tbl><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inre</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                        + "<w:p><w:r><w:t>b</w:t></w:r></w:p><w:sdt><w:sdtContent><w:p><w:r><w:t>kontroll i cell</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc>"
                        + "<w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>kontrollerad cell</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>"
                        + "<w:customXml><w:tc><w:p><w:r><w:t>cx-cell</w:t></w:r></w:p></w:tc></w:customXml><w:tc><w:p/></w:tc><w:tc/></w:tr>"
                        + "<w:sdt><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>kontrollerad rad</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt><w:tr/></w:tbl>"));
        cases.add(of("table cell with notes, fields and changes",
                "<w:tbl><w:tr><w:tc><w:p>" + r("<w:t>Mål</w:t>") + r("<w:footnoteReference w:id=\"7\"/>") + "<w:del>"
                        + r("<w:delText>bort</w:delText>") + "</w:del></w:p><w:p>"
                        + r("<w:t>andra</w:t><w:tab/><w:t>raden</w:t>") + "</w:p></w:tc></w:tr></w:tbl>"));
        // Block-level content controls: a table of contents, nested controls, tables,
        // cells.
        cases.add(of("table of contents",
                "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr>"
                        + "<w:sdtEndPr/><w:sdtContent><w:p><w:pPr><w:pStyle w:val=\"TOCHeading\"/></w:pPr>"
                        + r("<w:t>Innehåll</w:t>") + "</w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9062\"/></w:tabs></w:pPr>"
                        + r("<w:fldChar w:fldCharType=\"begin\"/>")
                        + r("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>")
                        + r("<w:fldChar w:fldCharType=\"separate\"/>")
                        + "<w:hyperlink w:anchor=\"_Toc1\" w:history=\"1\">" + r("<w:t>Mål för 2020</w:t>")
                        + r("<w:tab/>") + r("<w:fldChar w:fldCharType=\"begin\"/>")
                        + r("<w:instrText>PAGEREF _Toc1 \\h</w:instrText>")
                        + r("<w:fldChar w:fldCharType=\"separate\"/>") + r("<w:t>3</w:t>")
                        + r("<w:fldChar w:fldCharType=\"end\"/>") + "</w:hyperlink></w:p>" + "<w:p>"
                        + r("<w:fldChar w:fldCharType=\"end\"/>") + r("<w:delText>gammalt</w:delText>")
                        + r("<w:footnoteReference w:id=\"5\"/>") + "</w:p>" + "</w:sdtContent></w:sdt>"
                        + p(r("<w:t>Efter innehållet</w:t>"))));
        cases.add(of("content controls in content controls",
                "<w:sdt><w:sdtContent><w:sdt><w:sdtContent>" + p(r("<w:t>djup</w:t>")) + "</w:sdtContent></w:sdt>"
                        + "<w:tbl><w:tr><w:tc>" + p(r("<w:t>c1</w:t>")) + "<w:tbl><w:tr><w:tc>" + p(r("<w:t>n1</w:t>"))
                        + p(r("<w:t>n2</w:t>")) + "</w:tc><w:tc>" + p(r("<w:t>n3</w:t>")) + "</w:tc></w:tr></w:tbl>"
                        + p(r("<w:t>c1b</w:t>")) + "<w:sdt><w:sdtContent>" + p(r("<w:t>s</w:t>"))
                        + "</w:sdtContent></w:sdt></w:tc>"
                        + "<w:sdt><w:sdtContent><w:tc><w:p><w:pPr>\n  <w:jc w:val=\"left\"/>\n</w:pPr>"
                        + r("<w:t>sc</w:t><w:instrText>KOD</w:instrText>") + "</w:p><w:p>" + r("<w:t>sc2</w:t>")
                        + "</w:p></w:tc><w:tc>" + p(r("<w:t>sc3</w:t>"))
                        + "</w:tc></w:sdtContent></w:sdt><w:sdt/></w:tr></w:tbl>" + r("<w:t>lös run</w:t>") + "<w:tbl/>"
                        + p(r("<w:t>sist</w:t>")) + "</w:sdtContent></w:sdt><w:sdt/><w:sdt><w:sdtContent/></w:sdt>"));
        cases.add(of("white space between runs in a controlled cell",
                "<w:sdt><w:sdtContent><w:tbl><w:tr><w:sdt><w:sdtContent><w:tc><w:p>" + r("<w:t>a</w:t>") + "\n  "
                        + r("<w:t>b</w:t>")
                        + "</w:p>\n</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl></w:sdtContent></w:sdt>"));
        // Whole-document structure.
        cases.add(raw("two bodies",
                RawDocx.document("<w:document xmlns:w=\"" + RawDocx.W + "\"><w:background w:color=\"FFFFFF\"/><w:body>"
                        + p(r("<w:t>ett</w:t>")) + "</w:body><w:body>" + p(r("<w:t>två</w:t>"))
                        + "</w:body></w:document>")));
        cases.add(of("body-level changes and custom XML are not read",
                "<w:ins w:id=\"1\">" + p(r("<w:t>ins</w:t>")) + "</w:ins><w:customXml>" + p(r("<w:t>cx</w:t>"))
                        + "</w:customXml>" + p(r("<w:t>kvar</w:t>"))
                        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"));
        cases.add(raw("root not w:document", RawDocx.document(
                "<w:styles xmlns:w=\"" + RawDocx.W + "\"><w:body>" + p(r("<w:t>x</w:t>")) + "</w:body></w:styles>")));
        cases.add(raw("strict namespace",
                RawDocx.document("<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
                        + "<w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>")));
        cases.add(raw("undeclared entity", RawDocx.document("<w:document xmlns:w=\"" + RawDocx.W + "\"><w:body>"
                + p(r("<w:t>a &x; b</w:t>")) + "</w:body></w:document>")));
        cases.add(raw("internal entity",
                RawDocx.document("<!DOCTYPE w:document [<!ENTITY x \"inre\">]><w:document xmlns:w=\"" + RawDocx.W
                        + "\"><w:body>" + p(r("<w:t>a &x; b</w:t>")) + "</w:body></w:document>")));
        cases.add(raw("malformed after the body", RawDocx.document("<w:document xmlns:w=\"" + RawDocx.W + "\"><w:body>"
                + p(r("<w:t>a</w:t>")) + "</w:body></w:document><skräp")));
        cases.add(raw("malformed in the body", RawDocx.document("<w:document xmlns:w=\"" + RawDocx.W + "\"><w:body>"
                + p(r("<w:t>a</w:t>")) + "<w:p></w:body></w:document>")));
        cases.add(raw("malformed styles part",
                RawDocx.body("<w:p><w:pPr><w:pStyle w:val=\"X\"/></w:pPr>" + r("<w:t>a</w:t>") + "</w:p>")
                    .styles("<w:style>")));
        cases.add(raw("malformed footnotes part",
                RawDocx.body(p(r("<w:footnoteReference w:id=\"1\"/>"))).footnotes("<w:footnote>")));
        cases.add(of("XML special characters, Swedish and non-BMP letters",
                p(r("<w:t xml:space=\"preserve\">Mål &lt; 20 % &amp; &quot;citat&quot; &apos;a&apos; &gt; 0 "
                        + "åäöÅÄÖé ß 𝔘𝔱𝔥å𝔩𝔩𝔦𝔤 🌍 &#x1F30D;&#160;nbsp\u00a0\u2007\u202f\u2009\u200b\ufeff slut</w:t>"))));
        cases.add(of("line endings", p(r("<w:t xml:space=\"preserve\">a\r\nb\rc\n d</w:t>"))));
        // Nesting: XWPFDocument refuses a document part deeper than 1 000 nodes.
        for (int depth : List.of(1000, 1001, 1002)) {
            String open = "<w:smartTag>".repeat(depth - 6);
            String close = "</w:smartTag>".repeat(depth - 6);
            cases.add(of("text at depth " + depth, "<w:p>" + open + r("<w:t>djup</w:t>") + close + "</w:p>"));
            cases.add(of("empty element at depth " + depth, "<w:p>" + open + "<w:r><w:t/></w:r>" + close + "</w:p>"));
            cases.add(of("white space at depth " + depth, "<w:p>" + open + "<w:r> <w:t/> </w:r>" + close + "</w:p>"));
            cases.add(of("depth outside the text " + depth, p(r("<w:t>x</w:t>")) + "<w:sectPr>"
                    + "<w:x>".repeat(depth - 3) + "</w:x>".repeat(depth - 3) + "</w:sectPr>"));
        }
        cases.add(raw("depth in the styles part is not limited",
                RawDocx.body("<w:p><w:pPr><w:pStyle w:val=\"Formatmall1\"/></w:pPr>" + r("<w:t>x</w:t>") + "</w:p>")
                    .styles("<w:style w:styleId=\"Formatmall1\"><w:name w:val=\"Rubrik 1\"/>" + "<w:x>".repeat(1200)
                            + "</w:x>".repeat(1200) + "</w:style>")));
        cases.add(raw("Word-like document", wordLike()));
        return cases.build();
    }

    /**
     * Markup the way Word writes it: namespaces galore, rsids, bookmarks, proofing marks,
     * a TOC, text boxes.
     */
    private static RawDocx wordLike() {
        String ns = "xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:r=\"" + RawDocx.R
                + "\" xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" "
                + "xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\" "
                + "xmlns:w=\"" + RawDocx.W + "\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
                + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" mc:Ignorable=\"w14 wp14\"";
        String body = "<w:p w14:paraId=\"1A2B3C4D\" w14:textId=\"77777777\" w:rsidR=\"00A1\" w:rsidRDefault=\"00A1\"><w:pPr><w:pStyle w:val=\"Rubrik1\"/></w:pPr>"
                + "<w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/><w:r><w:t>Mål</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>\n"
                + "<w:p w:rsidR=\"00A1\"><w:pPr><w:spacing w:after=\"0\"/><w:rPr><w:b/></w:rPr></w:pPr><w:r w:rsidRPr=\"00B2\"><w:rPr><w:b/><w:bCs/>"
                + "<w:lang w:val=\"sv-SE\"/></w:rPr><w:t>Energi</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr><w:t>effektivisering</w:t></w:r>"
                + "<w:proofErr w:type=\"spellEnd\"/></w:p>\n"
                + "<w:p><w:pPr><w:pStyle w:val=\"Liststycke\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">Minska "
                + "energianvändningen med 20 % till 2020</w:t></w:r><w:commentRangeStart w:id=\"1\"/><w:r><w:rPr><w:rStyle w:val=\"Kommentarsreferens\"/></w:rPr>"
                + "<w:commentReference w:id=\"1\"/></w:r></w:p>\n"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Text med ruta </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" "
                + "distB=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:docPr id=\"1\" name=\"Textruta 1\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r>"
                + "<w:t>I rutan</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
                + "<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r><w:r><w:t>och efter.</w:t></w:r></w:p>\n"
                + "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"Bild 2\"/><a:graphic><a:graphicData uri=\"x\"><w:t>bildtext</w:t></a:graphicData></a:graphic>"
                + "</wp:inline></w:drawing></w:r><w:r><w:t>Bild</w:t></w:r></w:p>\n"
                + "<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabellrutnt\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4531\"/><w:gridCol w:w=\"4531\"/></w:tblGrid>"
                + "<w:tr w:rsidR=\"00C3\"><w:tc><w:tcPr><w:tcW w:w=\"4531\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>Mål</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w=\"4531\" "
                + "w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>Utfall</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>El</w:t></w:r></w:p><w:p><w:r><w:t>–10 %</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>\n"
                + "<w:p/><w:sectPr w:rsidR=\"00A1\"><w:footerReference w:type=\"default\" r:id=\"rId8\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" "
                + "w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/><w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>";
        String styles = "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"sv-SE\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                + "<w:latentStyles w:defLockedState=\"0\"><w:lsdException w:name=\"heading 1\" w:uiPriority=\"9\" w:qFormat=\"1\"/></w:latentStyles>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + "<w:link w:val=\"Rubrik1Char\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Liststycke\"><w:name w:val=\"List Paragraph\"/></w:style>";
        return RawDocx.document("<w:document " + ns + "><w:body>" + body + "</w:body></w:document>").styles(styles);
    }

    private static Arguments of(String name, String bodyXml) {
        return Arguments.of(name, RawDocx.body(bodyXml));
    }

    private static Arguments raw(String name, RawDocx docx) {
        return Arguments.of(name, docx);
    }

    private static String p(String content) {
        return "<w:p>" + content + "</w:p>";
    }

    private static String r(String content) {
        return "<w:r>" + content + "</w:r>";
    }

    // ---------------------------------------------------------------- a document built
    // with XWPF

    private static void writeEverything(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        addStyle(styles, "Title", "Title");
        addStyle(styles, "Heading1", "heading 1");
        addStyle(styles, "Formatmall1", "heading 2");
        addStyle(styles, "Formatmall2", "Rubrik 1");
        addStyle(styles, "Formatmall3", "Punktlista");
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        abs.addNewLvl().addNewNumFmt().setVal(STNumberFormat.BULLET);
        BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));

        styled(doc, "Title", "Energi- och klimatstrategi");
        styled(doc, "Heading1", "Inledning");
        styled(doc, "Formatmall1", "Rubrik vars formatmall heter heading 2");
        styled(doc, "Formatmall2", "Rubrik vars formatmall heter Rubrik 1");
        XWPFParagraph item = doc.createParagraph();
        item.setNumID(numId);
        item.createRun().setText("Punkt genom numrering");
        styled(doc, "Formatmall3", "Punkt genom formatmallens namn");

        bold(doc.createParagraph(), "Fet rad utan punkt");
        bold(doc.createParagraph(), "Fet rad med punkt.");
        XWPFParagraph partly = doc.createParagraph();
        bold(partly, "Delvis ");
        partly.createRun().setText("fet rad");
        XWPFRun zero = doc.createParagraph().createRun();
        zero.getCTR().addNewRPr().addNewB().setVal("0");
        zero.setText("Fet med värdet noll");
        XWPFParagraph boldAndBlank = doc.createParagraph();
        bold(boldAndBlank, "Fet rad och ett blanksteg");
        boldAndBlank.createRun().setText("  ");

        XWPFRun tabs = doc.createParagraph().createRun();
        tabs.setText("Mål");
        tabs.addTab();
        tabs.setText("2020");
        tabs.addBreak();
        tabs.setText("ny rad");
        tabs.addCarriageReturn();
        tabs.setText("vagnretur");

        XWPFParagraph links = doc.createParagraph();
        links.createRun().setText("Se ");
        links.createHyperlinkRun("https://www.energimyndigheten.se/").setText("Energimyndigheten");
        links.createRun().setText(" och sidan ");
        CTSimpleField page = links.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("4");

        XWPFParagraph field = doc.createParagraph();
        field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        field.createRun().getCTR().addNewInstrText().setStringValue(" HYPERLINK \"https://example.se\" ");
        field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        field.createRun().setText("Fältets resultat");
        field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);

        XWPFParagraph inline = doc.createParagraph();
        inline.createRun().setText("Före kontrollen ");
        CTSdtRun sdtRun = inline.getCTP().addNewSdt();
        sdtRun.addNewSdtPr().addNewAlias().setVal("Kommun");
        sdtRun.addNewSdtContent().addNewR().addNewT().setStringValue("Kalmar");
        inline.createRun().setText(" efter kontrollen.");

        XWPFParagraph changed = doc.createParagraph();
        changed.createRun().setText("Utsläppen ska minska med ");
        CTP ctp = changed.getCTP();
        CTRunTrackChange del = ctp.addNewDel();
        del.setId(BigInteger.ONE);
        del.setAuthor("Handläggare");
        del.addNewR().addNewDelText().setStringValue("30");
        CTRunTrackChange ins = ctp.addNewIns();
        ins.setId(BigInteger.TWO);
        ins.setAuthor("Handläggare");
        ins.addNewR().addNewT().setStringValue("40");
        CTR after = ctp.addNewR();
        after.addNewT().setStringValue(" procent till 2030.");

        XWPFParagraph noted = doc.createParagraph();
        noted.createRun().setText("Utsläppen minskade med 12 %");
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("Källa: SCB, 2010.");
        noted.addFootnoteReference(note);
        noted.createRun().setText(" sedan 1990.");

        XWPFParagraph special = doc.createParagraph();
        special.createRun()
            .setText("Mål < 20 % & \"citat\" 'apostrof' > noll, åäö ÅÄÖ é, 𝔘𝔱𝔥å𝔩𝔩𝔦𝔤 🌍\u00a0slut");
        XWPFRun caps = special.createRun();
        caps.setCapitalized(true);
        caps.setText(" versaler åäö");

        XWPFTable table = doc.createTable(2, 3);
        XWPFTableCell first = table.getRow(0).getCell(0);
        first.setText("Första stycket");
        first.addParagraph().createRun().setText("Andra stycket");
        first.addParagraph().createRun().setText("Tredje stycket");
        XWPFTableCell holder = table.getRow(0).getCell(1);
        holder.setText("Cell med inre tabell");
        CTTbl nestedXml = holder.getCTTc().addNewTbl();
        XWPFTable nested = new XWPFTable(nestedXml, holder, 1, 2);
        nested.getRow(0).getCell(0).setText("Inre tabell");
        nested.getRow(0).getCell(1).setText("2015");
        holder.addParagraph().createRun().setText("efter den inre tabellen");
        table.getRow(1).getCell(0).setText("Elen ska minska med 5 %");
        // Row 1, cells 1 and 2 stay empty.

        CTSdtBlock toc = doc.getDocument().getBody().addNewSdt();
        toc.addNewSdtPr().addNewDocPartObj().addNewDocPartGallery().setVal("Table of Contents");
        CTSdtContentBlock content = toc.addNewSdtContent();
        CTP heading = content.addNewP();
        heading.addNewR().addNewT().setStringValue("Innehåll");
        CTP line = content.addNewP();
        line.addNewR().addNewT().setStringValue("Inledning");
        line.addNewR().addNewTab();
        line.addNewR().addNewT().setStringValue("2");
        CTTbl tocTable = content.addNewTbl();
        tocTable.addNewTr().addNewTc().addNewP().addNewR().addNewT().setStringValue("Tabell i kontrollen");
    }

    private static void addStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void bold(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void styled(XWPFDocument doc, String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
    }

    // ---------------------------------------------------------------- comparing

    private static List<Path> docx(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".docx")).sorted().toList();
        }
    }

    /** Both readers give the same, non-failing, result; returns the blocks. */
    private static List<TextBlock> assertSameAsXwpf(Path file) {
        List<TextBlock> expected = call(() -> new XwpfReference().read(file));
        assertThat(call(() -> new DocxBlockReader().read(file))).as(file.getFileName().toString()).isEqualTo(expected);
        return expected;
    }

    /**
     * Both readers give the same blocks, or skip the document with the same reason;
     * returns that outcome.
     */
    private static String assertSameAsXwpfOutcome(Path file, String description) {
        String expected = outcome(() -> new XwpfReference().read(file));
        assertThat(outcome(() -> new DocxBlockReader().read(file))).as(description).isEqualTo(expected);
        return expected;
    }

    /**
     * What StrategyTextReader makes of a reading: the blocks, or the Swedish reason for
     * skipping the file.
     */
    private static String outcome(Callable<List<TextBlock>> read) {
        try {
            return read.call().toString();
        }
        catch (UnreadableDocumentException e) {
            String refusal = PoiLimits.refusal(e.getCause());
            return "skipped: " + (refusal != null ? refusal : e.reason());
        }
        catch (RuntimeException | IOException e) {
            String refusal = PoiLimits.refusal(e);
            return "skipped: " + (refusal != null ? refusal : "skadad (" + e.getClass().getSimpleName() + ")");
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static <T> T call(Callable<T> c) {
        try {
            return c.call();
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Points the package's officeDocument relationship at nothing. */
    private static void rewriteRels(Path file) throws IOException {
        Path copy = file.resolveSibling("kopia-" + file.getFileName());
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("_rels/.rels")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("word/document.xml", "word/saknas.xml")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
