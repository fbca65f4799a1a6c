package se.ukrapport.render.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import se.ukrapport.render.model.PageLayout;

/**
 * The body rows of a Word table as WordprocessingML text, written straight into
 * document.xml.
 *
 * <p>
 * Why not POI: an XWPF table keeps about 20 XMLBeans objects per cell until the document
 * is saved, so the appendix tables of a large programme (thousands of municipalities and
 * targets) held ~400 MB and ran out of memory under -Xmx512m. Rows written as text cost
 * nothing to keep. The text is exactly what POI and XMLBeans write for the same cell
 * (same elements and attribute order, the same escaping), so the file stays
 * byte-identical to the one built with POI; {@code TableRowsXmlTests} holds that against
 * POI.
 */
final class TableRowsXml {

    private static final byte[] ROW_START = "<w:tr>".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] ROW_END = "</w:tr>".getBytes(StandardCharsets.US_ASCII);

    /**
     * A table's body rows, waiting for document.xml; {@link #marker} holds their place
     * there.
     */
    record Rows(List<List<String>> rows, List<Boolean> numeric, int[] widths) {
    }

    private TableRowsXml() {
    }

    /**
     * The text of the placeholder row of the k-th streamed table. Private-use characters:
     * no report text contains them.
     */
    static String marker(int k) {
        return "\uE000uk-rapport-rader-" + k + "\uE000";
    }

    /**
     * Copies document.xml to {@code out}, each placeholder row (the w:tr holding
     * {@link #marker}(k)) replaced by the body rows of {@code tables.get(k)}.
     */
    static void splice(byte[] xml, List<Rows> tables, OutputStream out) throws IOException {
        // Not closed: closing would close the zip stream; flushed before every direct
        // write instead.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        int from = 0;
        for (int k = 0; k < tables.size(); k++) {
            int at = indexOf(xml, marker(k).getBytes(StandardCharsets.UTF_8), from);
            int start = at < 0 ? -1 : lastIndexOf(xml, ROW_START, at);
            int end = at < 0 ? -1 : indexOf(xml, ROW_END, at);
            if (start < from || end < 0) {
                throw new IllegalStateException("Platshållaren för tabellrader " + k + " saknas i document.xml");
            }
            out.write(xml, from, start - from);
            Rows t = tables.get(k);
            for (List<String> r : t.rows()) {
                row(text, r, t.numeric(), t.widths());
            }
            text.flush();
            from = end + ROW_END.length;
        }
        out.write(xml, from, xml.length - from);
    }

    private static int indexOf(byte[] a, byte[] b, int from) {
        outer: for (int i = from; i <= a.length - b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] a, byte[] b, int before) {
        outer: for (int i = Math.min(before, a.length - b.length); i >= 0; i--) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * One body row: never split over two pages (as in the PDF), cell widths in twentieths
     * of a point, the table text style, right-aligned number columns.
     */
    static void row(Writer out, List<String> values, List<Boolean> numeric, int[] widths) throws IOException {
        out.write("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
        for (int c = 0; c < widths.length; c++) {
            out.write("<w:tc><w:tcPr><w:tcW w:w=\"");
            out.write(Integer.toString(widths[c]));
            out.write("\" w:type=\"dxa\"/></w:tcPr>");
            // Several items of a cell (targets of one municipality) are a paragraph each,
            // a little apart.
            String v = c < values.size() ? values.get(c) : "";
            String[] items = v.split("\n", -1);
            for (int i = 0; i < items.length; i++) {
                out.write("<w:p><w:pPr><w:pStyle w:val=\"");
                out.write(WordStyles.TABLE_TEXT);
                out.write("\"/>");
                if (i < items.length - 1) {
                    out.write("<w:spacing w:after=\"" + PageLayout.twips(PageLayout.CELL_ITEM_GAP) + "\"/>");
                }
                if (numeric.get(c)) {
                    out.write("<w:jc w:val=\"right\"/>");
                }
                out.write("</w:pPr><w:r>");
                text(out, items[i]);
                out.write("</w:r></w:p>");
            }
            out.write("</w:tc>");
        }
        out.write("</w:tr>");
    }

    /** A w:t element as XWPFRun.setText and the XMLBeans saver write it. */
    static void text(Writer out, String s) throws IOException {
        if (s.isEmpty()) {
            out.write("<w:t/>");
            return;
        }
        // XWPFRun keeps leading and trailing white space with xml:space="preserve".
        boolean preserve = Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
        out.write(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        escape(out, s);
        out.write("</w:t>");
    }

    /** The XMLBeans saver's escaping of element text. */
    static void escape(Writer out, String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '<') {
                out.write("&lt;");
            }
            else if (ch == '&') {
                out.write("&amp;");
            }
            else if (ch == '>' && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') {
                out.write("&gt;");
            }
            else if (ch == '\r') {
                out.write("&#13;");
            }
            else if (isBad(ch)) {
                // Characters XML cannot hold: XMLBeans writes a question mark.
                out.write('?');
            }
            else {
                out.write(ch);
            }
        }
    }

    private static boolean isBad(char ch) {
        return !(Character.isSurrogate(ch) || ch >= 0x20 && ch <= 0xD7FF || ch >= 0xE000 && ch <= 0xFFFD || ch == 0x9
                || ch == 0xA || ch == 0xD);
    }

}
