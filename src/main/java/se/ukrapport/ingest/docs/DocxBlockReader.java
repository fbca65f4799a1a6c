package se.ukrapport.ingest.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import se.ukrapport.domain.targets.TextBlock;
import se.ukrapport.domain.targets.Whitespace;

/**
 * Word documents: paragraphs, list items, headings and table cells in body order. The
 * package is opened with POI's OPCPackage (so ZipSecureFile's limits apply to every part
 * read) and the body streamed with StAX instead of building an XWPFDocument, which was
 * most of the time spent on strategies; the blocks are the same as XWPF gave (see
 * {@link WordText}).
 */
class DocxBlockReader {

    /**
     * English and Swedish Word style names/ids of headings ("Heading 1", "Rubrik1",
     * "Title").
     */
    static final Pattern HEADING_STYLE = Pattern
        .compile("(?i)(heading|rubrik|title|titel|överskrift|subtitle|underrubrik).*");

    /** List styles ("List Bullet", "Liststycke", "Punktlista", "Numrerad lista"). */
    static final Pattern LIST_STYLE = Pattern.compile("(?i).*(list|punkt|numrer|bullet).*");
    static final int MAX_BOLD_HEADING_LENGTH = 80;

    private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    private static final byte[] ZIP_MAGIC = { 0x50, 0x4B };

    List<TextBlock> read(Path file) throws IOException {
        checkMagic(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            WordPackage doc = new WordPackage(pkg);
            List<TextBlock> out = new ArrayList<>();
            doc.readBody(element -> addElement(doc, element, out));
            return out;
        }
        catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(file.getFileName().toString(),
                    "filen är lösenordsskyddad eller i det äldre .doc-formatet", e);
        }
        catch (InvalidFormatException | XMLStreamException | WordPackage.UnreadablePartException
                | OpenXML4JRuntimeException | UnsupportedFileFormatException | IOException e) {
            throw new UnreadableDocumentException(file.getFileName().toString(), "filen är inte en giltig docx", e);
        }
    }

    /**
     * Refuses, by their first bytes, files that are no zip package at all, in Swedish.
     */
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

    /** A w:p, w:tbl or w:sdt directly in the body (XWPFDocument.getBodyElements()). */
    private void addElement(WordPackage doc, WordElement element, List<TextBlock> out)
            throws IOException, XMLStreamException {
        if (element.is("p")) {
            WordText.Paragraph p = doc.text().paragraph(element);
            addText(kindOf(doc, p), p.text(), out);
        }
        else if (element.is("tbl")) {
            addTable(doc, element, out);
        }
        else {
            addText(TextBlock.Kind.PARAGRAPH, doc.text().blockSdtText(element), out);
        }
    }

    private void addTable(WordPackage doc, WordElement table, List<TextBlock> out) {
        for (WordElement row : table.children("tr")) {
            for (WordElement cell : row.children("tc")) {
                // A cell is one unit; its paragraphs are joined, nested tables read as
                // cells too
                // (before the cell itself); content controls in cells were never read.
                StringBuilder text = new StringBuilder();
                for (WordElement e : cell.elements()) {
                    if (e.is("p")) {
                        text.append(doc.text().paragraph(e).text()).append(' ');
                    }
                    else if (e.is("tbl")) {
                        addTable(doc, e, out);
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

    private TextBlock.Kind kindOf(WordPackage doc, WordText.Paragraph p) throws IOException, XMLStreamException {
        String styleId = p.styleId() == null ? "" : p.styleId();
        if (HEADING_STYLE.matcher(styleId).matches()) {
            return TextBlock.Kind.HEADING;
        }
        // The styles part is read only for a style id that does not tell by itself.
        String styleName = styleId.isEmpty() ? "" : doc.styleName(styleId).toLowerCase(Locale.ROOT);
        if (HEADING_STYLE.matcher(styleName).matches()) {
            return TextBlock.Kind.HEADING;
        }
        if (p.numId() != null || LIST_STYLE.matcher(styleId).matches() || LIST_STYLE.matcher(styleName).matches()) {
            return TextBlock.Kind.LIST_ITEM;
        }
        if (looksLikeBoldHeading(doc.text(), p)) {
            return TextBlock.Kind.HEADING;
        }
        return TextBlock.Kind.PARAGRAPH;
    }

    /**
     * Documents typed without styles mark headings by bold short lines without a full
     * stop.
     */
    private static boolean looksLikeBoldHeading(WordText words, WordText.Paragraph p) {
        String text = Whitespace.normalize(p.text());
        if (text.isEmpty() || text.length() > MAX_BOLD_HEADING_LENGTH || text.matches(".*[.!?:;,]$")) {
            return false;
        }
        boolean anyText = false;
        for (WordElement r : p.runs()) {
            String rt = words.runText(r);
            if (rt.isBlank()) {
                continue;
            }
            anyText = true;
            if (!words.isBold(r)) {
                return false;
            }
        }
        return anyText;
    }

}
