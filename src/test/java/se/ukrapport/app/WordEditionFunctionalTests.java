package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrRef;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;

/**
 * The Word edition as a reader and an editor get it, read back from the files of a demo
 * run: page numbers in every section, the stored table of contents with the PDF's pages,
 * charts whose workbooks hold their numbers, Swedish tagging, styles, cross-references,
 * no empty pages.
 */
class WordEditionFunctionalTests {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @TempDir
    static Path work;

    private static Path out;

    @BeforeAll
    static void runOnDemoCorpus() {
        TestCorpus.copyDemo(work);
        TestCorpus.Run run = TestCorpus.run(work);
        assertThat(run.exitCode()).as(run.err()).isZero();
        out = work.resolve("output");
    }

    private static List<Path> wordFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(out.resolve("slutrapport.docx"));
        try (Stream<Path> s = Files.list(out.resolve("kapitel"))) {
            s.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void everySectionOfEveryFileShowsThePageNumberButTheFirstPage() throws Exception {
        for (Path file : wordFiles()) {
            Map<String, byte[]> parts = parts(file);
            Document doc = xml(parts.get("word/document.xml"));
            Map<String, String> rels = relationships(parts.get("word/_rels/document.xml.rels"));
            List<Element> sections = elements(doc, "sectPr");
            assertThat(sections).as(file.toString()).isNotEmpty();
            for (int i = 0; i < sections.size(); i++) {
                Element s = sections.get(i);
                String footer = null;
                for (Element ref : children(s, "footerReference")) {
                    if ("default".equals(ref.getAttributeNS(W, "type"))) {
                        footer = rels.get(ref.getAttributeNS(R, "id"));
                    }
                }
                assertThat(footer).as("%s, avsnitt %d: sidfot", file, i + 1).isNotNull();
                assertThat(new String(parts.get("word/" + footer), StandardCharsets.UTF_8)).contains(" PAGE ");
                assertThat(children(s, "titlePg").isEmpty()).as("%s, avsnitt %d: första sidan utan nummer", file, i + 1)
                    .isEqualTo(i > 0);
            }
        }
    }

    @Test
    void theStoredTableOfContentsHasThePdfsPagesAndLinksToTheHeadings() throws Exception {
        for (Path file : wordFiles()) {
            Document doc = xml(parts(file).get("word/document.xml"));
            Map<String, String> bookmarkedHeadings = new HashMap<>();
            for (Element p : elements(doc, "p")) {
                String style = style(p);
                if (style.startsWith("Heading")) {
                    for (Element b : elements(p, "bookmarkStart")) {
                        bookmarkedHeadings.put(b.getAttributeNS(W, "name"), text(p));
                    }
                }
            }
            Map<String, Integer> pdfPages = outlinePages(Path.of(file.toString().replace(".docx", ".pdf")));
            int entries = 0;
            for (Element p : elements(doc, "p")) {
                if (!style(p).startsWith("TOC") || style(p).equals("TOCHeading")) {
                    continue;
                }
                Element link = elements(p, "hyperlink").get(0);
                String anchor = link.getAttributeNS(W, "anchor");
                Element page = elements(link, "fldSimple").get(0);
                assertThat(page.getAttributeNS(W, "instr")).contains("PAGEREF " + anchor);
                String title = text(children(link, "r").get(0));
                assertThat(bookmarkedHeadings).as("%s: bokmärket %s", file, anchor).containsEntry(anchor, title);
                assertThat(Integer.parseInt(text(page))).as("%s: %s", file, title).isEqualTo(pdfPages.get(title));
                entries++;
            }
            assertThat(entries).as(file.toString()).isEqualTo(bookmarkedHeadings.size()).isPositive();
            String xml = new String(parts(file).get("word/document.xml"), StandardCharsets.UTF_8);
            assertThat(xml).contains("TOC \\o \"1-2\" \\h \\z \\u");
        }
    }

    @Test
    void everyChartsWorkbookHoldsWhatTheChartShowsAndWhatItsDataFileHas() throws Exception {
        int charts = 0;
        try (InputStream in = Files.newInputStream(out.resolve("slutrapport.docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            List<String> ids = new ArrayList<>();
            Matcher m = Pattern.compile("<wp:docPr [^>]*name=\"([^\"]+)\"")
                .matcher(new String(parts(out.resolve("slutrapport.docx")).get("word/document.xml"),
                        StandardCharsets.UTF_8));
            while (m.find()) {
                ids.add(m.group(1));
            }
            // chartN.xml is the N-th chart of the document.
            List<XWPFChart> inOrder = new ArrayList<>(doc.getCharts());
            inOrder.sort(java.util.Comparator
                .comparingInt(c -> Integer.parseInt(c.getPackagePart().getPartName().getName().replaceAll("\\D", ""))));
            assertThat(ids).hasSize(inOrder.size());
            for (int k = 0; k < inOrder.size(); k++) {
                XWPFChart chart = inOrder.get(k);
                List<List<String>> csv = csv(out.resolve("data/" + ids.get(k) + ".csv"));
                XSSFWorkbook book = chart.getWorkbook();
                CTBarSer[] series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
                assertThat(series).hasSize(csv.get(0).size() - 1);
                for (int s = 0; s < series.length; s++) {
                    CTStrRef cats = series[s].getCat().getStrRef();
                    CTNumRef vals = series[s].getVal().getNumRef();
                    List<String> catCells = cells(book, cats.getF());
                    List<String> valCells = cells(book, vals.getF());
                    assertThat(series[s].getTx().getStrRef().getStrCache().getPtArray(0).getV())
                        .isEqualTo(cells(book, series[s].getTx().getStrRef().getF()).get(0))
                        .isEqualTo(csv.get(0).get(s + 1));
                    for (int i = 0; i < catCells.size(); i++) {
                        assertThat(cats.getStrCache().getPtArray(i).getV()).isEqualTo(catCells.get(i))
                            .isEqualTo(csv.get(i + 1).get(0));
                        double cell = Double.parseDouble(valCells.get(i));
                        assertThat(Double.parseDouble(vals.getNumCache().getPtArray(i).getV())).isEqualTo(cell);
                        // data/<id>.csv has the same value, rounded once to one decimal.
                        assertThat(String.format(Locale.ROOT, "%.1f",
                                new java.math.BigDecimal(valCells.get(i)).setScale(1, java.math.RoundingMode.HALF_UP))
                            .replace('.', ',')).as("%s, %s", ids.get(k), catCells.get(i))
                            .isEqualTo(csv.get(i + 1).get(s + 1));
                    }
                    assertThat(series[s].getDLbls().getShowVal().getVal()).isTrue();
                    if (!ids.get(k).startsWith("figur-fordelning-")) {
                        // Shares are labelled "12 %"; a distribution's bars are counts of
                        // municipalities.
                        assertThat(series[s].getDLbls().getNumFmt().getFormatCode()).contains("\" %\"");
                    }
                }
                charts++;
            }
        }
        assertThat(charts).isEqualTo(28);
    }

    @Test
    void nothingIsTaggedEnglishAndTheChartsNameTheirResultInTheirAltText() throws Exception {
        for (Path file : wordFiles()) {
            Map<String, byte[]> parts = parts(file);
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                if (e.getKey().endsWith(".xml")) {
                    assertThat(new String(e.getValue(), StandardCharsets.UTF_8)).as(file + " " + e.getKey())
                        .doesNotContain("lang=\"en")
                        .doesNotContain("w:val=\"en-");
                }
            }
            for (Element docPr : elements(xml(parts.get("word/document.xml")), "docPr")) {
                assertThat(docPr.getAttribute("descr")).matches("Figur \\d+: .+ \\d+\u00a0%.*");
            }
        }
    }

    @Test
    void stylesSettingsAndPropertiesAreTheOnesWordExpects() throws Exception {
        Map<String, byte[]> parts = parts(out.resolve("slutrapport.docx"));
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
        assertThat(styles).contains("w:ascii=\"Arial\"", "<w:lang w:val=\"sv-SE\"", "w:styleId=\"Tabell\"",
                "<w:tblStylePr w:type=\"firstRow\">", "w:fill=\"DDEBF7\"", "<w:tblCellMar>");
        assertThat(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8))
            .contains("w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"")
            .doesNotContain("updateFields");
        String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
        assertThat(core).contains("<dc:subject>", "<cp:keywords>", "<dc:language>sv-SE</dc:language>");
        Document doc = xml(parts.get("word/document.xml"));
        for (Element table : elements(doc, "tbl")) {
            assertThat(elements(table, "tblStyle").get(0).getAttributeNS(W, "val")).isEqualTo("Tabell");
            List<Element> rows = children(table, "tr");
            List<Element> header = children(rows.get(0), "tc");
            List<Element> body = rows.size() > 1 ? children(rows.get(rows.size() - 1), "tc") : header;
            for (int c = 0; c < header.size(); c++) {
                assertThat(alignment(header.get(c))).as("rubrikcell %d", c).isEqualTo(alignment(body.get(c)));
            }
        }
    }

    @Test
    void referencesInTheTextAreRefFieldsToTheCaptionsNumbers() throws Exception {
        String xml = new String(parts(out.resolve("slutrapport.docx")).get("word/document.xml"),
                StandardCharsets.UTF_8);
        Map<String, String> captionNumbers = new HashMap<>();
        Matcher caption = Pattern
            .compile("<w:bookmarkStart w:id=\"\\d+\" w:name=\"(_Ref(?:Tabell|Figur)\\d+)\"/>"
                    + ".*?SEQ (?:Tabell|Figur) .*?<w:t>(\\d+)</w:t>")
            .matcher(xml);
        while (caption.find()) {
            captionNumbers.put(caption.group(1), caption.group(2));
        }
        Matcher ref = Pattern
            .compile("<w:instrText xml:space=\"preserve\"> REF (\\S+) \\\\h </w:instrText>.*?<w:t>(\\d+)</w:t>")
            .matcher(xml);
        int refs = 0;
        while (ref.find()) {
            assertThat(captionNumbers).containsEntry(ref.group(1), ref.group(2));
            assertThat(ref.group(1)).endsWith(ref.group(2));
            refs++;
        }
        assertThat(refs).isGreaterThanOrEqualTo(10);
        // 28 figures and 34 tables: the theme reasons (8.1.1), the political support
        // (5.2)
        // and the four SWOT listings of bilaga 3 came with issue 16.
        assertThat(captionNumbers).hasSize(62);
    }

    @Test
    void noEmptyParagraphsForSpacingAndNoEmptySectionAtTheEnd() throws Exception {
        for (Path file : wordFiles()) {
            Document doc = xml(parts(file).get("word/document.xml"));
            Element body = (Element) doc.getElementsByTagNameNS(W, "body").item(0);
            Set<Element> inTables = new HashSet<>(
                    elements(doc, "tc").stream().flatMap(tc -> elements(tc, "p").stream()).toList());
            Node last = null;
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("p") && !inTables.contains(e)) {
                    boolean empty = text(e).isEmpty() && elements(e, "drawing").isEmpty();
                    if (empty) {
                        // Only where Word needs a paragraph (after a table, to end a
                        // section), one point high.
                        assertThat(elements(e, "spacing").get(0).getAttributeNS(W, "line")).as(file.toString())
                            .isEqualTo("20");
                        Node prev = e.getPreviousSibling();
                        assertThat(prev instanceof Element pe && pe.getLocalName().equals("tbl")).as(file.toString())
                            .isTrue();
                    }
                }
                if (n instanceof Element e && !e.getLocalName().equals("sectPr")) {
                    last = e;
                }
            }
            // The last section holds content: the last body element is a table's closing
            // paragraph or text.
            assertThat(last).isNotNull();
            Element finalSection = children(body, "sectPr").get(0);
            Element size = children(finalSection, "pgSz").get(0);
            List<Element> sections = elements(doc, "sectPr");
            if (sections.size() > 1) {
                Element before = sections.get(sections.size() - 2);
                assertThat(children(before, "pgSz").get(0).getAttributeNS(W, "orient"))
                    .as("%s: ett avsnittsbyte utan byte av orientering", file)
                    .isNotEqualTo(size.getAttributeNS(W, "orient"));
            }
        }
    }

    @Test
    void aChapterFileSaysWhereItComesFromAndListsItsSections() throws Exception {
        Document doc = xml(parts(out.resolve("kapitel/kap05.docx")).get("word/document.xml"));
        List<Element> paragraphs = elements(doc, "p");
        assertThat(style(paragraphs.get(0))).isEqualTo("Cover");
        assertThat(text(paragraphs.get(0))).startsWith("Ur ");
        assertThat(text(paragraphs.get(1))).isEqualTo("Innehåll");
        // The first entry: the chapter's heading, on page 2 after this page.
        assertThat(text(paragraphs.get(2))).startsWith("5 Kommunernas arbete").endsWith("2");
    }

    /**
     * What a reader without Word sees: LibreOffice converts every Word file to PDF, and
     * each heading of the stored table of contents is on the page the entry gives, and
     * the file has as many pages as the PDF edition. Skipped where LibreOffice is not
     * installed (.ci/libreoffice.sh installs it).
     */
    @Test
    void libreOfficeShowsEveryHeadingOnThePageTheStoredContentsGive() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice saknas (/usr/bin/soffice): sidjämförelsen hoppas över");
        Path converted = work.resolve("libreoffice");
        List<String> command = new ArrayList<>(
                List.of(soffice.toString(), "-env:UserInstallation=" + work.resolve("lo-profil").toUri(), "--headless",
                        "--convert-to", "pdf", "--outdir", converted.toString()));
        wordFiles().forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(work.resolve("libreoffice.log").toFile())
            .start();
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("LibreOffice blev inte klart").isTrue();
        for (Path file : wordFiles()) {
            String name = file.getFileName().toString().replace(".docx", ".pdf");
            List<String> pages = pageTexts(converted.resolve(name));
            assertThat(pages).as(name + ": sidor i LibreOffice och i PDF-utgåvan")
                .hasSize(pageTexts(Path.of(file.toString().replace(".docx", ".pdf"))).size());
            Document doc = xml(parts(file).get("word/document.xml"));
            for (Element p2 : elements(doc, "p")) {
                if (!style(p2).matches("TOC[12]")) {
                    continue;
                }
                Element link = elements(p2, "hyperlink").get(0);
                String title = normalised(text(children(link, "r").get(0)));
                int page = Integer.parseInt(text(elements(link, "fldSimple").get(0)));
                String key = title.substring(0, Math.min(40, title.length()));
                List<Integer> seen = new ArrayList<>();
                for (int i = 1; i < pages.size(); i++) {
                    if (pages.get(i).contains(key) && !pages.get(i).startsWith("innehåll")) {
                        seen.add(i + 1);
                    }
                }
                assertThat(seen).as("%s: rubriken %s står på sidan %d i innehållsförteckningen", name, title, page)
                    .contains(page);
            }
        }
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor text = new com.lowagie.text.pdf.parser.PdfTextExtractor(
                    reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(normalised(text.getTextFromPage(i)));
            }
        }
        finally {
            reader.close();
        }
        return pages;
    }

    private static String normalised(String s) {
        return String.join(" ", s.replace('\u00a0', ' ').strip().split("\\s+")).toLowerCase(Locale.ROOT);
    }

    // --- reading the files

    private static Map<String, Integer> outlinePages(Path pdf) throws Exception {
        Map<String, Integer> pages = new HashMap<>();
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            collect(SimpleBookmark.getBookmarkList(reader), pages);
        }
        finally {
            reader.close();
        }
        return pages;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> marks, Map<String, Integer> pages) {
        if (marks == null) {
            return;
        }
        for (Map<String, Object> m : marks) {
            String page = (String) m.get("Page");
            if (page != null) {
                pages.putIfAbsent((String) m.get("Title"), Integer.parseInt(page.split(" ")[0]));
            }
            collect((List<Map<String, Object>>) m.get("Kids"), pages);
        }
    }

    private static List<String> cells(XSSFWorkbook book, String formula) {
        Matcher m = Pattern.compile("^'?(.*?)'?!\\$?([A-Z]+\\$?\\d+)(?::\\$?([A-Z]+\\$?\\d+))?$").matcher(formula);
        assertThat(m.matches()).as(formula).isTrue();
        XSSFSheet sheet = book.getSheet(m.group(1));
        CellReference from = new CellReference(m.group(2).replace("$", ""));
        CellReference to = m.group(3) == null ? from : new CellReference(m.group(3).replace("$", ""));
        List<String> values = new ArrayList<>();
        for (int r = from.getRow(); r <= to.getRow(); r++) {
            for (int c = from.getCol(); c <= to.getCol(); c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                values.add(switch (cell.getCellType()) {
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    default -> cell.getStringCellValue();
                });
            }
        }
        return values;
    }

    private static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n")) {
            if (!line.isEmpty()) {
                rows.add(List.of(line.split(";", -1)));
            }
        }
        return rows;
    }

    private static Map<String, byte[]> parts(Path docx) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static Map<String, String> relationships(byte[] rels) throws Exception {
        Map<String, String> out = new HashMap<>();
        NodeList list = xml(rels).getElementsByTagName("Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            out.put(e.getAttribute("Id"), e.getAttribute("Target"));
        }
        return out;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Node root, String localName) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(W, localName)
                : ((Element) root).getElementsByTagNameNS(W, localName);
        if (list.getLength() == 0 && localName.equals("docPr")) {
            list = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                    : ((Element) root).getElementsByTagNameNS("*", localName);
        }
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String style(Element p) {
        List<Element> s = elements(p, "pStyle");
        return s.isEmpty() ? "" : s.get(0).getAttributeNS(W, "val");
    }

    private static String alignment(Element cell) {
        List<Element> jc = elements(cell, "jc");
        return jc.isEmpty() ? "left" : jc.get(0).getAttributeNS(W, "val");
    }

    /** The text a reader sees: w:t outside field instructions. */
    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Element t : elements(e, "t")) {
            sb.append(t.getTextContent());
        }
        return sb.toString();
    }

}
