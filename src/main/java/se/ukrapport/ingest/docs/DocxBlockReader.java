package se.ukrapport.ingest.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word documents: paragraphs, list items, headings and table cells in body order. */
class DocxBlockReader {

    /** English and Swedish Word style names/ids of headings ("Heading 1", "Rubrik1", "Title"). */
    static final Pattern HEADING_STYLE = Pattern.compile("(?i)(heading|rubrik|title|titel|överskrift|subtitle|underrubrik).*");
    /** List styles ("List Bullet", "Liststycke", "Punktlista", "Numrerad lista"). */
    static final Pattern LIST_STYLE = Pattern.compile("(?i).*(list|punkt|numrer|bullet).*");
    static final int MAX_BOLD_HEADING_LENGTH = 80;
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B};

    List<TextBlock> read(Path file) throws IOException {
        checkMagic(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<TextBlock> out = new ArrayList<>();
            addElements(doc, doc.getBodyElements(), out);
            return out;
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(file.getFileName().toString(), "filen är lösenordsskyddad eller i det äldre .doc-formatet", e);
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                 | org.apache.poi.UnsupportedFileFormatException | IOException e) {
            throw new UnreadableDocumentException(file.getFileName().toString(), "filen är inte en giltig docx", e);
        }
    }

    /** Refuses, by their first bytes, files that are no zip package at all, in Swedish. */
    static void checkMagic(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        String name = file.getFileName().toString();
        if (startsWith(head, OLE2_MAGIC)) {
            throw new UnreadableDocumentException(name, "filen är lösenordsskyddad eller i det äldre .doc-formatet");
        }
        if (!startsWith(head, ZIP_MAGIC)) {
            throw new UnreadableDocumentException(name, "filen är inte en giltig docx");
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private void addElements(XWPFDocument doc, List<IBodyElement> elements, List<TextBlock> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                addParagraph(doc, p, out);
            } else if (element instanceof XWPFTable t) {
                addTable(doc, t, out);
            } else if (element instanceof XWPFSDT sdt) {
                addText(TextBlock.Kind.PARAGRAPH, sdt.getContent().getText(), out);
            }
        }
    }

    private void addParagraph(XWPFDocument doc, XWPFParagraph p, List<TextBlock> out) {
        addText(kindOf(doc, p), p.getText(), out);
    }

    private void addTable(XWPFDocument doc, XWPFTable table, List<TextBlock> out) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                // A cell is one unit; its paragraphs are joined, nested tables read as cells too.
                StringBuilder text = new StringBuilder();
                for (IBodyElement e : cell.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        text.append(p.getText()).append(' ');
                    } else if (e instanceof XWPFTable nested) {
                        addTable(doc, nested, out);
                    }
                }
                addText(TextBlock.Kind.TABLE_CELL, text.toString(), out);
            }
        }
    }

    private static void addText(TextBlock.Kind kind, String text, List<TextBlock> out) {
        String t = Whitespace.normalize(text);
        if (!t.isEmpty()) {
            out.add(new TextBlock(kind, t));
        }
    }

    private TextBlock.Kind kindOf(XWPFDocument doc, XWPFParagraph p) {
        String styleId = p.getStyleID() == null ? "" : p.getStyleID();
        String styleName = styleName(doc, styleId);
        if (HEADING_STYLE.matcher(styleId).matches() || HEADING_STYLE.matcher(styleName).matches()) {
            return TextBlock.Kind.HEADING;
        }
        if (p.getNumID() != null || LIST_STYLE.matcher(styleId).matches() || LIST_STYLE.matcher(styleName).matches()) {
            return TextBlock.Kind.LIST_ITEM;
        }
        if (looksLikeBoldHeading(p)) {
            return TextBlock.Kind.HEADING;
        }
        return TextBlock.Kind.PARAGRAPH;
    }

    private static String styleName(XWPFDocument doc, String styleId) {
        if (styleId.isEmpty() || doc.getStyles() == null) {
            return "";
        }
        XWPFStyle style = doc.getStyles().getStyle(styleId);
        return style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
    }

    /** Documents typed without styles mark headings by bold short lines without a full stop. */
    private static boolean looksLikeBoldHeading(XWPFParagraph p) {
        String text = Whitespace.normalize(p.getText());
        if (text.isEmpty() || text.length() > MAX_BOLD_HEADING_LENGTH || text.matches(".*[.!?:;,]$")) {
            return false;
        }
        List<XWPFRun> runs = p.getRuns();
        boolean anyText = false;
        for (XWPFRun r : runs) {
            String rt = r.text();
            if (rt == null || rt.isBlank()) {
                continue;
            }
            anyText = true;
            if (!r.isBold()) {
                return false;
            }
        }
        return anyText;
    }
}
