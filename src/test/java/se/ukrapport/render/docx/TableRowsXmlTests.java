package se.ukrapport.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * Streamed table rows are exactly the XML that POI and XMLBeans write for the same cells.
 */
class TableRowsXmlTests {

    private static final List<String> AWKWARD = List.of("Lerum", "a<b>c&d\"e'f]]>g", " inledande", "avslutande ", "",
            "tab\there\u00a0hårt mellanslag\u2212minus", "styr\u0001\u0008x\u000by\rz\u001fq", "emoji \ud83d\ude00",
            "\u2003em", "\ufffe\uffffslut", "rad ett\nrad två\n", "\n", "16 766,7", "88 %");

    @Test
    void everyAwkwardCellIsWrittenAsPoiWritesIt() throws Exception {
        int[] widths = { 1200, 3400 };
        for (String text : AWKWARD) {
            for (boolean numeric : List.of(false, true)) {
                List<String> values = List.of(text, "x");
                StringWriter streamed = new StringWriter();
                TableRowsXml.row(streamed, values, List.of(numeric, false), widths);
                assertThat(streamed.toString()).as("cell %s, numeric %s", text, numeric)
                    .isEqualTo(rowAsPoiWritesIt(values, List.of(numeric, false), widths));
            }
        }
    }

    @Test
    void aShortRowIsFilledWithEmptyCells() throws Exception {
        int[] widths = { 1000, 1000, 1000 };
        StringWriter streamed = new StringWriter();
        TableRowsXml.row(streamed, List.of("a"), List.of(false, true, false), widths);
        assertThat(streamed.toString())
            .isEqualTo(rowAsPoiWritesIt(List.of("a", "", ""), List.of(false, true, false), widths));
    }

    @Test
    void theWordFileHasEveryRowOfEveryTableInOrder() throws Exception {
        Table first = new Table("tabell-a", "Första.", List.of(List.of("Kommun", "Antal")),
                List.of(List.of("Ale", "1"), List.of("Borås", "2")), List.of(false, true), false, List.of());
        Table empty = new Table("tabell-b", "Tom.", List.of(List.of("Kommun")), List.of(), List.of(false), false,
                List.of());
        Table noHeader = new Table("tabell-c", "Utan rubrikrad.", List.of(), List.of(List.of("Åmål & <Öckerö>")),
                List.of(false), true, List.of());
        ReportDocument doc = new ReportDocument(
                new ReportDocument.Meta("Titel", "", "Enhet", LocalDate.of(2011, 6, 30), ""),
                List.of(new Chapter("kap01", "Ett", List.of(first, empty, noHeader))));

        String xml = documentXml(new DocxWriter().write(doc, false, List.of()));

        assertThat(xml).doesNotContain("uk-rapport-rader");
        assertThat(xml).containsSubsequence("<w:t>Kommun</w:t>", "<w:t>Antal</w:t>", "<w:t>Ale</w:t>", "<w:t>1</w:t>",
                "<w:t>Borås</w:t>", "<w:t>2</w:t>", "</w:tbl>", "<w:t>Kommun</w:t>", "</w:tbl>",
                "<w:t>Åmål &amp; &lt;Öckerö></w:t>", "</w:tbl>");
        assertThat(xml.split("<w:tr>", -1)).hasSize(1 + 3 + 1 + 1);
    }

    /** What DocxWriter's POI code would write for a body row, were rows not streamed. */
    private static String rowAsPoiWritesIt(List<String> values, List<Boolean> numeric, int[] widths) throws Exception {
        try (XWPFDocument d = new XWPFDocument()) {
            XWPFTable table = d.createTable(1, widths.length);
            table.getRow(0).setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = table.getRow(0).getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                String[] items = values.get(c).split("\n", -1);
                for (int i = 0; i < items.length; i++) {
                    XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    p.setStyle(WordStyles.TABLE_TEXT);
                    if (i < items.length - 1) {
                        p.setSpacingAfter(se.ukrapport.render.model.PageLayout
                            .twips(se.ukrapport.render.model.PageLayout.CELL_ITEM_GAP));
                    }
                    if (numeric.get(c)) {
                        p.setAlignment(ParagraphAlignment.RIGHT);
                    }
                    p.createRun().setText(items[i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            String xml = documentXml(out.toByteArray());
            return xml.substring(xml.indexOf("<w:tr>"), xml.indexOf("</w:tr>") + "</w:tr>".length());
        }
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("word/document.xml saknas");
    }

}
