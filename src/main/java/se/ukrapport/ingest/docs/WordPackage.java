package se.ukrapport.ingest.docs;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;

/**
 * The parts of a Word package that the strategy text comes from, found as XWPFDocument
 * finds them (the officeDocument relationship, then the main part's styles, footnotes and
 * endnotes relationships) but read with StAX, and only when needed: the body streamed one
 * block at a time, styles on the first style name asked for, notes on the first note
 * reference.
 */
final class WordPackage implements WordText.Notes {

    /** XWPFDocument refuses a document part with nodes nested deeper than this. */
    static final int MAX_DEPTH = 1000;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /**
     * POI's secure StAX settings (no DTDs, no external entities); factories are made once
     * per thread.
     */
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(XMLHelper::newXMLInputFactory);

    private final PackagePart main;

    private final WordText text = new WordText(this);

    private Map<String, String> styleNames;

    private boolean notesRead;

    private List<Note> footnotes;

    private List<Note> endnotes;

    private record Note(String id, List<WordText.Paragraph> paragraphs) {
    }

    /**
     * The package's main document, whatever its content type (document, template,
     * macro-enabled): POI does not check it.
     */
    WordPackage(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
            .getRelationship(0);
        if (core == null) {
            boolean strict = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).size() > 0;
            throw new InvalidFormatException(
                    strict ? "Strict OOXML isn't currently supported" : "no core document found");
        }
        main = pkg.getPart(core);
        if (main == null) {
            throw new InvalidFormatException("core document '" + core.getTargetURI() + "' not found");
        }
    }

    WordText text() {
        return text;
    }

    /**
     * Hands each w:p, w:tbl and w:sdt directly under w:body to the consumer, in order;
     * reads the whole part.
     */
    void readBody(BodyConsumer consumer) throws IOException, XMLStreamException {
        readPart(main, "document", xml -> {
            while (nextChild(xml)) {
                if (!isWord(xml, "body")) {
                    WordElement.skip(xml, 2, MAX_DEPTH);
                    continue;
                }
                while (nextChild(xml)) {
                    if (isWord(xml, "p") || isWord(xml, "tbl") || isWord(xml, "sdt")) {
                        consumer.accept(WordElement.read(xml, 3, MAX_DEPTH));
                    }
                    else {
                        WordElement.skip(xml, 3, MAX_DEPTH);
                    }
                }
            }
        });
    }

    interface BodyConsumer {

        void accept(WordElement element) throws IOException, XMLStreamException;

    }

    private interface PartReader {

        void read(XMLStreamReader xml) throws IOException, XMLStreamException;

    }

    /**
     * The style's name (w:name) for a style id, "" for none:
     * XWPFStyles.getStyle(id).getName().
     */
    String styleName(String styleId) throws IOException, XMLStreamException {
        if (styleNames == null) {
            styleNames = readStyleNames();
        }
        return styleNames.getOrDefault(styleId, "");
    }

    private Map<String, String> readStyleNames() throws IOException, XMLStreamException {
        Map<String, String> names = new HashMap<>();
        PackagePart styles = null;
        // XWPFDocument keeps the last styles part it meets, relationships taken by id.
        for (PackageRelationship rel : relationships()) {
            if (!rel.getRelationshipType().equals(RELATIONSHIPS + "styles")) {
                continue;
            }
            PackagePart part = target(rel);
            styles = part == null ? styles : part;
        }
        if (styles == null) {
            return names;
        }
        readPart(styles, "styles", xml -> {
            while (nextChild(xml)) {
                if (!isWord(xml, "style")) {
                    WordElement.skip(xml, 2, 0);
                    continue;
                }
                String id = xml.getAttributeValue(WordElement.W, "styleId");
                String name = null;
                boolean named = false;
                while (nextChild(xml)) {
                    // The first w:name counts (CTStyle.getName()), even one without a
                    // value.
                    if (!named && isWord(xml, "name")) {
                        named = true;
                        name = xml.getAttributeValue(WordElement.W, "val");
                    }
                    WordElement.skip(xml, 3, 0);
                }
                // The first style with an id is the one XWPFStyles.getStyle returns.
                if (id != null) {
                    names.putIfAbsent(id, name == null ? "" : name);
                }
            }
        });
        return names;
    }

    @Override
    public List<WordText.Paragraph> note(boolean footnote, int id) {
        if (!notesRead) {
            notesRead = true;
            try {
                readNotes();
            }
            catch (IOException | XMLStreamException e) {
                throw new UnreadablePartException(e);
            }
        }
        List<Note> notes = footnote ? footnotes : endnotes;
        if (notes == null) {
            return null;
        }
        for (Note note : notes) {
            BigInteger noteId = WordText.integer(note.id());
            if (noteId != null && noteId.intValue() == id) {
                return note.paragraphs();
            }
        }
        return null;
    }

    /**
     * Reads the footnotes and endnotes parts in the order XWPFDocument does
     * (relationships by id), each note's paragraphs made as they are read: a note that
     * refers to another note sees only the notes read before it, as in POI.
     */
    private void readNotes() throws IOException, XMLStreamException {
        for (PackageRelationship rel : relationships()) {
            boolean foot = rel.getRelationshipType().equals(RELATIONSHIPS + "footnotes");
            if (!foot && !rel.getRelationshipType().equals(RELATIONSHIPS + "endnotes")) {
                continue;
            }
            PackagePart part = target(rel);
            if (part == null) {
                continue;
            }
            List<Note> notes = new ArrayList<>();
            if (foot) {
                footnotes = notes;
            }
            else {
                endnotes = notes;
            }
            readPart(part, foot ? "footnotes" : "endnotes", xml -> {
                while (nextChild(xml)) {
                    if (!isWord(xml, foot ? "footnote" : "endnote")) {
                        WordElement.skip(xml, 2, 0);
                        continue;
                    }
                    WordElement note = WordElement.read(xml, 2, 0);
                    List<WordText.Paragraph> paragraphs = new ArrayList<>();
                    for (WordElement p : note.children("p")) {
                        paragraphs.add(text.paragraph(p));
                    }
                    notes.add(new Note(note.attribute("id"), paragraphs));
                }
            });
        }
    }

    /**
     * A notes part that cannot be read, surfacing from inside the text rules (which throw
     * nothing checked).
     */
    static final class UnreadablePartException extends RuntimeException {

        UnreadablePartException(Exception cause) {
            super(cause.getMessage(), cause);
        }

    }

    /** The main part's relationships, ordered by id as POI keeps them. */
    private Iterable<PackageRelationship> relationships() throws IOException {
        try {
            return main.getRelationships();
        }
        catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * The part a relationship of the main part points to, as POIXMLDocumentPart.read
     * resolves it; null if none.
     */
    private PackagePart target(PackageRelationship rel) throws IOException {
        if (rel.getTargetMode() != TargetMode.INTERNAL) {
            return null;
        }
        URI uri = rel.getTargetURI();
        try {
            PackagePartName name = uri.getRawFragment() != null ? PackagingURIHelper.createPartName(uri.getPath())
                    : PackagingURIHelper.createPartName(uri);
            return main.getPackage().getPart(name);
        }
        catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    // ---------------------------------------------------------------- StAX helpers

    /**
     * Streams a part whose document element must be w:ROOT, then reads it to the end:
     * anything malformed fails it, as in POI.
     */
    private static void readPart(PackagePart part, String root, PartReader reader)
            throws IOException, XMLStreamException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = XML.get().createXMLStreamReader(in);
            try {
                root(xml, root);
                reader.read(xml);
                end(xml);
            }
            finally {
                xml.close();
            }
        }
    }

    /**
     * Moves to the document element and checks it is w:NAME; a DOCTYPE is refused, as POI
     * refuses it.
     */
    private static void root(XMLStreamReader xml, String name) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DOCTYPE is disallowed in Office XML parts");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!isWord(xml, name)) {
                    throw new XMLStreamException(
                            "Element " + xml.getName() + " is not a valid w:" + name + " document");
                }
                return;
            }
        }
        throw new XMLStreamException("no document element");
    }

    /**
     * Reads to the end, so that anything malformed after the last element read still
     * fails the part.
     */
    private static void end(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            xml.next();
        }
    }

    /**
     * Moves to the current element's next child element: true, or to its end tag: false.
     */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("undeclared entity " + xml.getLocalName());
            }
        }
    }

    private static boolean isWord(XMLStreamReader xml, String name) {
        return name.equals(xml.getLocalName()) && WordElement.W.equals(xml.getNamespaceURI());
    }

}
