package se.ukrapport.ingest.docs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.util.LocaleUtil;
import org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException;

/**
 * The text of Word markup exactly as Apache POI 5.5.1's XWPF model gives it, which the
 * strategy reader used before it streamed: XWPFParagraph.getText(), XWPFRun.text() and
 * toString(), XWPFSDT content, XWPFTableCell.getTextRecursively(). Target extraction
 * downstream was tuned on that text, quirks included (the run text of a deleted run in a
 * content control, the footnote text appended after the paragraph, picture text in
 * parentheses), so the rules are POI's, not Word's.
 */
final class WordText {

    /**
     * Footnotes and endnotes by id, as XWPFDocument.getFootnoteByID/getEndnoteByID find
     * them.
     */
    interface Notes {

        /** The paragraphs of the note, or null if there is none with that id. */
        List<Paragraph> note(boolean footnote, int id);

    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private final Notes notes;

    WordText(Notes notes) {
        this.notes = notes;
    }

    Paragraph paragraph(WordElement p) {
        return new Paragraph(p);
    }

    /**
     * A w:p as XWPFParagraph sees it. Built eagerly, like POI's constructor: the footnote
     * text is worked out (and note ids checked) when the paragraph is made, whether its
     * text is used or not.
     */
    final class Paragraph {

        private final WordElement p;

        /**
         * XWPFParagraph.getRuns(): runs, also those inside hyperlinks, simple fields,
         * changes and smart tags.
         */
        private final List<WordElement> runs = new ArrayList<>();

        /**
         * XWPFParagraph.getIRuns(): the runs and the inline content controls (w:sdt), in
         * order.
         */
        private final List<WordElement> inline = new ArrayList<>();

        private final String noteText;

        private String text;

        private Paragraph(WordElement p) {
            this.p = p;
            collect(p, true);
            noteText = noteText();
        }

        /**
         * XWPFParagraph.buildRunsInOrderFromXml. Which children XMLBeans types as
         * hyperlinks and simple fields depends on the parent's schema type: a w:p or
         * w:smartTag has them, a tracked change (w:ins, w:del …) does not, so there they
         * are not read.
         */
        private void collect(WordElement parent, boolean linksAndFields) {
            for (WordElement e : parent.elements()) {
                if (!e.isWord()) {
                    continue;
                }
                switch (e.name()) {
                    case "r" -> addRun(e);
                    case "hyperlink", "fldSimple" -> {
                        if (linksAndFields) {
                            e.children("r").forEach(this::addRun);
                        }
                    }
                    case "sdt" -> inline.add(e);
                    case "ins", "del", "moveFrom", "moveTo" -> {
                        // POI takes the change's own runs first, then what is inserted
                        // inside it.
                        e.children("r").forEach(this::addRun);
                        for (WordElement inserted : e.children("ins")) {
                            collect(inserted, false);
                        }
                    }
                    case "smartTag" -> collect(e, true);
                    default -> {
                    }
                }
            }
        }

        private void addRun(WordElement r) {
            runs.add(r);
            inline.add(r);
        }

        /**
         * The " [id: note text] " POI appends to a paragraph for each note reference in
         * its runs.
         */
        private String noteText() {
            StringBuilder out = new StringBuilder();
            for (WordElement r : runs) {
                for (WordElement e : r.elements()) {
                    boolean footnote = e.is("footnoteReference");
                    if (!footnote && !e.is("endnoteReference")) {
                        continue;
                    }
                    BigInteger id = integer(e.attribute("id"));
                    out.append(" [").append(id).append(": ");
                    List<Paragraph> note = notes.note(footnote, id == null ? 0 : id.intValue());
                    if (note != null) {
                        for (int i = 0; i < note.size(); i++) {
                            out.append(i > 0 ? "\n" : "").append(note.get(i).text());
                        }
                    }
                    else {
                        out.append("!!! End note with ID \"").append(id).append("\" not found in document.");
                    }
                    out.append("] ");
                }
            }
            return out.toString();
        }

        /**
         * XWPFParagraph.getText(): runs (but not deleted ones), content controls, then
         * the note text.
         */
        String text() {
            if (text == null) {
                StringBuilder out = new StringBuilder();
                for (WordElement e : inline) {
                    if (e.is("sdt")) {
                        out.append(inlineSdtText(e));
                    }
                    else if (e.child("delText") == null) {
                        out.append(runString(e));
                    }
                }
                text = out.append(noteText).toString();
            }
            return text;
        }

        List<WordElement> runs() {
            return runs;
        }

        /** XWPFParagraph.getStyleID(). */
        String styleId() {
            WordElement style = path(p, "pPr", "pStyle");
            return style == null ? null : style.attribute("val");
        }

        /**
         * XWPFParagraph.getNumID(): the paragraph's own numbering only, not its style's.
         */
        BigInteger numId() {
            WordElement num = path(p, "pPr", "numPr", "numId");
            return num == null ? null : integer(num.attribute("val"));
        }

    }

    // ---------------------------------------------------------------- runs

    /**
     * XWPFRun.toString(): the text, then the phonetic guide and picture text in
     * parentheses.
     */
    String runString(WordElement r) {
        String phonetic = phonetic(r);
        String text = runText(r);
        return phonetic.isEmpty() ? text : text + " (" + phonetic + ")";
    }

    /** XWPFRun.text(). */
    String runText(WordElement r) {
        StringBuilder out = new StringBuilder();
        for (WordElement e : r.elements()) {
            if (e.is("ruby")) {
                ruby(r, e, out, false);
            }
            else {
                append(r, e, out);
            }
        }
        return out.toString();
    }

    /** XWPFRun.isBold(): the run's own w:b only, not its styles'. */
    boolean isBold(WordElement r) {
        return runProperty(r, "b");
    }

    /** XWPFRun._getText: what one element inside a run adds. */
    private void append(WordElement r, WordElement e, StringBuilder out) {
        if (!e.isWord()) {
            return;
        }
        switch (e.name()) {
            case "t", "delText" -> {
                String text = e.text();
                out.append(runProperty(r, "caps") || runProperty(r, "smallCaps")
                        ? text.toUpperCase(LocaleUtil.getUserLocale()) : text);
            }
            case "fldChar" -> {
                // A form check box shows as |X| or |_|; other field characters add
                // nothing.
                if ("begin".equals(fieldCharType(e.attribute("fldCharType"))) && e.child("ffData") != null) {
                    for (WordElement box : e.child("ffData").children("checkBox")) {
                        WordElement checked = box.child("default");
                        out.append(checked != null && onOff(checked.attribute("val")) ? "|X|" : "|_|");
                    }
                }
            }
            case "tab", "ptab" -> out.append('\t');
            case "br", "cr" -> out.append('\n');
            case "noBreakHyphen" -> out.append('\u2011');
            case "footnoteReference", "endnoteReference" -> {
                BigInteger id = integer(e.attribute("id"));
                out.append(e.name().equals("footnoteReference") ? "[footnoteRef:" : "[endnoteRef:")
                    .append(id == null ? -1 : id.intValue())
                    .append(']');
            }
            default -> {
            }
        }
    }

    /** XWPFRun.handleRuby: the base text (or the phonetic guide) of a w:ruby. */
    private void ruby(WordElement r, WordElement ruby, StringBuilder out, boolean phonetic) {
        boolean inGuide = false;
        boolean inBase = false;
        for (WordElement e : ruby.descendants()) {
            if (e.is("rt")) {
                inGuide = true;
            }
            else if (e.is("rubyBase")) {
                inGuide = false;
                inBase = true;
            }
            else if (phonetic ? inGuide : inBase) {
                append(r, e, out);
            }
        }
    }

    /**
     * XWPFRun.getPhonetic(): ruby guides, then the text of text boxes in w:pict and
     * w:drawing.
     */
    private String phonetic(WordElement r) {
        StringBuilder out = new StringBuilder();
        for (WordElement e : r.children("ruby")) {
            ruby(r, e, out, true);
        }
        String pictures = pictureText(r);
        if (!pictures.isEmpty()) {
            out.append('\n').append(pictures).append('\n');
        }
        return out.toString();
    }

    /**
     * The XWPFRun constructor's picture text: every w:t in the run's w:pict, then
     * w:drawing, children.
     */
    private static String pictureText(WordElement r) {
        StringBuilder out = new StringBuilder();
        List<WordElement> pictures = r.children("pict");
        pictures.addAll(r.children("drawing"));
        for (WordElement picture : pictures) {
            for (WordElement e : picture.descendants()) {
                if (e.is("t")) {
                    // One line per DOM text node of the w:t.
                    for (Object o : e.content()) {
                        if (o instanceof String s) {
                            out.append(out.length() > 0 ? "\n" : "").append(s);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean runProperty(WordElement r, String name) {
        WordElement property = path(r, "rPr", name);
        return property != null && isOn(property);
    }

    // ---------------------------------------------------------------- content controls
    // and cells

    /**
     * XWPFSDTContent.getText() of a w:sdt inside a paragraph: its runs and nested
     * controls.
     */
    String inlineSdtText(WordElement sdt) {
        List<WordElement> items = new ArrayList<>();
        WordElement content = sdt.child("sdtContent");
        if (content != null) {
            for (WordElement e : content.elements()) {
                if (e.is("r") || e.is("sdt")) {
                    items.add(e);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        boolean newLine = false;
        for (int i = 0; i < items.size(); i++) {
            WordElement e = items.get(i);
            if (e.is("r")) {
                out.append(runString(e));
                newLine = false;
            }
            else {
                out.append(inlineSdtText(e));
                newLine = true;
            }
            if (newLine && i < items.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * XWPFSDTContent.getText() of a block-level w:sdt (a table of contents, say):
     * paragraphs by their runs alone (no note text, deleted runs included), tables row by
     * row, nested controls.
     */
    String blockSdtText(WordElement sdt) {
        List<WordElement> items = new ArrayList<>();
        WordElement content = sdt.child("sdtContent");
        if (content != null) {
            for (WordElement e : content.elements()) {
                if (e.is("p") || e.is("tbl") || e.is("sdt")) {
                    items.add(e);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            WordElement e = items.get(i);
            if (e.is("p")) {
                for (WordElement r : new Paragraph(e).runs) {
                    out.append(runString(r));
                }
            }
            else if (e.is("tbl")) {
                appendSdtTable(e, out);
            }
            else {
                out.append(blockSdtText(e));
            }
            if (i < items.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * XWPFSDTContent.appendTable: cells (also content-controlled ones) by tabs, rows by
     * new lines.
     */
    private void appendSdtTable(WordElement table, StringBuilder out) {
        for (WordElement row : table.children("tr")) {
            List<WordElement> cells = new ArrayList<>();
            for (WordElement e : row.elements()) {
                if (e.is("tc") || e.is("sdt")) {
                    cells.add(e);
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                WordElement cell = cells.get(i);
                out.append(cell.is("tc") ? cellText(cell) : sdtCellText(cell));
                if (i < cells.size() - 1) {
                    out.append('\t');
                }
            }
            out.append('\n');
        }
    }

    /** XWPFTableCell.getTextRecursively(). */
    String cellText(WordElement cell) {
        StringBuilder out = new StringBuilder();
        appendCellContent(cell, out);
        return out.toString();
    }

    private void appendCellContent(WordElement cell, StringBuilder out) {
        List<WordElement> items = new ArrayList<>();
        for (WordElement e : cell.elements()) {
            if (e.is("p") || e.is("tbl") || e.is("sdt")) {
                items.add(e);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            WordElement e = items.get(i);
            if (e.is("p")) {
                out.append(new Paragraph(e).text()).append(last ? "" : "\t");
            }
            else if (e.is("tbl")) {
                for (WordElement row : e.children("tr")) {
                    for (WordElement nested : row.children("tc")) {
                        appendCellContent(nested, out);
                    }
                }
                out.append(last ? "" : "\n");
            }
            else {
                out.append(blockSdtText(e)).append(last ? "" : "\t");
            }
        }
    }

    /**
     * XWPFSDTContentCell: a content-controlled table cell read token by token, every text
     * node (field codes too), a tab between cells, a new line between paragraphs.
     */
    private static String sdtCellText(WordElement sdt) {
        WordElement content = sdt.child("sdtContent");
        if (content == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        new Object() {
            int cells;

            int blocks;

            void walk(WordElement parent) {
                for (Object o : parent.content()) {
                    if (o instanceof String s) {
                        out.append(s);
                        continue;
                    }
                    WordElement e = (WordElement) o;
                    // POI compares local names only here, whatever the namespace.
                    switch (e.name()) {
                        case "tr" -> {
                            cells = 0;
                            blocks = 0;
                        }
                        case "tc" -> {
                            if (cells++ > 0) {
                                out.append('\t');
                            }
                            blocks = 0;
                        }
                        case "p", "tbl", "sdt" -> {
                            if (blocks++ > 0) {
                                out.append('\n');
                            }
                        }
                        default -> {
                        }
                    }
                    walk(e);
                }
            }
        }.walk(content);
        return out.toString();
    }

    // ---------------------------------------------------------------- values as XMLBeans
    // reads them

    /**
     * CT_OnOff as POI's isBold() reads it: no w:val means on. XMLBeans refuses a value
     * outside the schema with XmlValueOutOfRangeException; so does this, so such a
     * document is skipped with the same reason as before.
     */
    static boolean isOn(WordElement onOff) {
        String value = onOff.attribute("val");
        return value == null || onOff(value);
    }

    /** ST_OnOff: true, on, 1 / false, off, 0, whitespace collapsed; absent is off. */
    static boolean onOff(String value) {
        if (value == null) {
            return false;
        }
        return switch (collapse(value)) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw new XmlValueOutOfRangeException("union value '" + value
                    + "' does not match any members of 'ST_OnOff in namespace http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes'");
        };
    }

    /** ST_DecimalNumber (xsd:integer), or null when absent. */
    static BigInteger integer(String value) {
        if (value == null) {
            return null;
        }
        String v = collapse(value);
        if (!INTEGER.matcher(v).matches()) {
            throw new XmlValueOutOfRangeException("Invalid integer value: " + value);
        }
        return new BigInteger(v);
    }

    /** ST_FldCharType: an enumeration of plain strings, matched exactly. */
    private static String fieldCharType(String value) {
        if (value == null || value.equals("begin") || value.equals("separate") || value.equals("end")) {
            return value;
        }
        throw new XmlValueOutOfRangeException("string value '" + value
                + "' is not a valid enumeration value for ST_FldCharType in namespace " + WordElement.W);
    }

    /**
     * XML Schema's whitespace collapse at the ends (inside, these values may have none).
     */
    private static String collapse(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isXmlSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The first w: child of each name in turn, or null where one is missing. */
    private static WordElement path(WordElement from, String... names) {
        WordElement e = from;
        for (String name : names) {
            e = e.child(name);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

}
