package se.ukrapport.ingest.docs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of a WordprocessingML part and everything inside it, read from a StAX
 * stream: its name, its w: attributes, its child elements and text in order. Small enough
 * to build for one body paragraph or table at a time, which is all the text rules need to
 * look at.
 */
final class WordElement {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String[] NO_ATTRIBUTES = {};

    private final String namespace;

    private final String name;

    /**
     * Local name, value, local name, value … of the attributes in the w: namespace
     * (Word's own).
     */
    private final String[] attributes;

    /**
     * Child elements and text, in document order; adjacent text is one string, as in
     * XMLBeans.
     */
    private final List<Object> content = new ArrayList<>(4);

    private WordElement(String namespace, String name, String[] attributes) {
        this.namespace = namespace;
        this.name = name;
        this.attributes = attributes;
    }

    /** The local name (namespace aside). */
    String name() {
        return name;
    }

    boolean isWord() {
        return W.equals(namespace);
    }

    /** A w: element of this local name. */
    boolean is(String localName) {
        return name.equals(localName) && W.equals(namespace);
    }

    /**
     * The w: attribute of this local name, or null. Unqualified attributes are not Word's
     * and are ignored, as XMLBeans does.
     */
    String attribute(String localName) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(localName)) {
                return attributes[i + 1];
            }
        }
        return null;
    }

    /** The first w: child of this local name, or null. */
    WordElement child(String localName) {
        for (Object o : content) {
            if (o instanceof WordElement e && e.is(localName)) {
                return e;
            }
        }
        return null;
    }

    /** The w: children of this local name, in order. */
    List<WordElement> children(String localName) {
        List<WordElement> out = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof WordElement e && e.is(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The child elements, in order. */
    List<WordElement> elements() {
        List<WordElement> out = new ArrayList<>(content.size());
        for (Object o : content) {
            if (o instanceof WordElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Child elements (WordElement) and text (String), in order. */
    List<Object> content() {
        return content;
    }

    /** All text inside, as XMLBeans' getStringValue() gives it. */
    String text() {
        if (content.size() == 1 && content.get(0) instanceof String s) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    private void appendText(StringBuilder out) {
        for (Object o : content) {
            if (o instanceof String s) {
                out.append(s);
            }
            else {
                ((WordElement) o).appendText(out);
            }
        }
    }

    /** Every element inside this one, in document order (XPath .//*). */
    List<WordElement> descendants() {
        List<WordElement> out = new ArrayList<>();
        addDescendants(out);
        return out;
    }

    private void addDescendants(List<WordElement> out) {
        for (Object o : content) {
            if (o instanceof WordElement e) {
                out.add(e);
                e.addDescendants(out);
            }
        }
    }

    /**
     * Reads the element the reader stands on (a START_ELEMENT) through its end tag.
     * @param depth the element's depth in its part, the document element being 1
     * @param maxDepth the deepest node (element or text) allowed, or 0 for no limit
     */
    static WordElement read(XMLStreamReader xml, int depth, int maxDepth) throws XMLStreamException {
        WordElement top = start(xml);
        Deque<WordElement> open = new ArrayDeque<>();
        open.push(top);
        StringBuilder text = new StringBuilder();
        while (!open.isEmpty()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    flush(text, open.peek());
                    WordElement e = start(xml);
                    open.peek().content.add(e);
                    open.push(e);
                    checkDepth(depth + open.size() - 1, maxDepth);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    flush(text, open.pop());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    checkDepth(depth + open.size(), maxDepth);
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new XMLStreamException("undeclared entity " + xml.getLocalName());
                default -> {
                    // Comments and processing instructions: POI loads parts with both
                    // stripped.
                }
            }
        }
        return top;
    }

    /**
     * Reads past the element the reader stands on, checking it as {@link #read} would.
     */
    static void skip(XMLStreamReader xml, int depth, int maxDepth) throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> checkDepth(depth + level++, maxDepth);
                case XMLStreamConstants.END_ELEMENT -> level--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    checkDepth(depth + level, maxDepth);
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new XMLStreamException("undeclared entity " + xml.getLocalName());
                default -> {
                }
            }
        }
    }

    private static WordElement start(XMLStreamReader xml) {
        int count = xml.getAttributeCount();
        String[] attributes = NO_ATTRIBUTES;
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (W.equals(xml.getAttributeNamespace(i))) {
                if (n == 0) {
                    attributes = new String[2 * count];
                }
                attributes[n++] = xml.getAttributeLocalName(i);
                attributes[n++] = xml.getAttributeValue(i);
            }
        }
        return new WordElement(xml.getNamespaceURI(), xml.getLocalName(),
                n == attributes.length ? attributes : Arrays.copyOf(attributes, n));
    }

    private static void flush(StringBuilder text, WordElement into) {
        if (text.length() > 0) {
            into.content.add(text.toString());
            text.setLength(0);
        }
    }

    /**
     * XWPFDocument refuses a document part nested deeper than its limit; so does this
     * reader.
     */
    private static void checkDepth(int depth, int maxDepth) throws XMLStreamException {
        if (maxDepth > 0 && depth > maxDepth) {
            throw new XMLStreamException("Node depth exceeds maximum supported depth of " + maxDepth);
        }
    }

}
