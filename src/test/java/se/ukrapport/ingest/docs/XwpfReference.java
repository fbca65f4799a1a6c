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
import se.ukrapport.domain.targets.TextBlock;
import se.ukrapport.domain.targets.Whitespace;

/**
 * The XWPFDocument-based reading of Word documents that DocxBlockReader replaced, kept in
 * test scope as the reference the streaming reader must agree with block for block.
 */
final class XwpfReference {

    // The style patterns, the bold-heading length and the check of the first bytes are
    // DocxBlockReader's: only the reading of the document itself differs.
    private static final Pattern HEADING_STYLE = DocxBlockReader.HEADING_STYLE;

    private static final Pattern LIST_STYLE = DocxBlockReader.LIST_STYLE;

    private static final int MAX_BOLD_HEADING_LENGTH = DocxBlockReader.MAX_BOLD_HEADING_LENGTH;

    List<TextBlock> read(Path file) throws IOException {
        DocxBlockReader.checkMagic(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<TextBlock> out = new ArrayList<>();
            addElements(doc, doc.getBodyElements(), out);
            return out;
        }
        catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(file.getFileName().toString(),
                    "filen är lösenordsskyddad eller i det äldre .doc-formatet", e);
        }
        catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                | org.apache.poi.UnsupportedFileFormatException | IOException e) {
            throw new UnreadableDocumentException(file.getFileName().toString(), "filen är inte en giltig docx", e);
        }
    }

    private void addElements(XWPFDocument doc, List<IBodyElement> elements, List<TextBlock> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                addParagraph(doc, p, out);
            }
            else if (element instanceof XWPFTable t) {
                addTable(doc, t, out);
            }
            else if (element instanceof XWPFSDT sdt) {
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
                // A cell is one unit; its paragraphs are joined, nested tables read as
                // cells too.
                StringBuilder text = new StringBuilder();
                for (IBodyElement e : cell.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        text.append(p.getText()).append(' ');
                    }
                    else if (e instanceof XWPFTable nested) {
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

    /**
     * Documents typed without styles mark headings by bold short lines without a full
     * stop.
     */
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
