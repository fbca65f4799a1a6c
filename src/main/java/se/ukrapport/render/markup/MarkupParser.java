package se.ukrapport.render.markup;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import se.ukrapport.domain.InputException;
import se.ukrapport.render.OutputNames;
import se.ukrapport.render.model.Block;
import se.ukrapport.render.model.BulletList;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.Inline;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.SwedishTypography;
import se.ukrapport.render.model.Table;

/**
 * Parses the small markup that chapter templates emit into the document model. The markup
 * (documented in templates/README.md) is a restricted XHTML: {@code chapter},
 * {@code h1}–{@code h3}, {@code p}, {@code ul}/{@code li}, {@code b}, {@code i},
 * {@code ref}, {@code table}/{@code tr}/ {@code th}/{@code td} and {@code figure} with
 * its chart data. Whitespace in running text is collapsed as in HTML. No DTDs, no
 * entities beyond XML's own.
 */
public final class MarkupParser {

    /**
     * Stands for {@code <br/>
     * } in a table cell until whitespace is collapsed; then a line break.
     */
    private static final char LINE_BREAK = '\u2028';

    public Chapter parse(String templateName, String markup) {
        Handler h = new Handler(templateName);
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setNamespaceAware(false);
            SAXParser p = f.newSAXParser();
            p.parse(new InputSource(new StringReader(withoutNonXmlCharacters(markup))), h);
        }
        catch (SAXParseException e) {
            throw new InputException(templateName, (long) e.getLineNumber(), "tecken " + e.getColumnNumber(),
                    "mallen ger ogiltig markup: " + e.getMessage());
        }
        catch (SAXException | IOException | ParserConfigurationException e) {
            if (e.getCause() instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(templateName, null, null, "mallen ger ogiltig markup: " + e.getMessage(), e);
        }
        if (h.chapterId == null) {
            throw new InputException(templateName, null, null, "mallen saknar <chapter id=\"…\" title=\"…\">");
        }
        return new Chapter(h.chapterId, h.chapterTitle, List.copyOf(h.blocks));
    }

    /**
     * Control characters that XML 1.0 cannot carry (a NUL or a vertical tab in a
     * respondent's free text, a stray form feed in a strategy document) dropped, so that
     * the data's text never makes the markup invalid; the templates' own text has none.
     */
    static String withoutNonXmlCharacters(String markup) {
        return NON_XML.matcher(markup).replaceAll("");
    }

    private static final java.util.regex.Pattern NON_XML = java.util.regex.Pattern
        .compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private static final class Handler extends DefaultHandler {

        private final String template;

        private Locator locator;

        String chapterId;

        String chapterTitle;

        final List<Block> blocks = new ArrayList<>();

        // running text
        private List<Inline> inlines;

        private StringBuilder text = new StringBuilder();

        private String inlineStyle;

        private int headingLevel;

        private List<List<Inline>> listItems;

        // table
        private String tableId;

        private String tableCaption;

        private boolean tableLandscape;

        private List<Boolean> tableNumeric;

        private List<Integer> tableWidths;

        private List<List<String>> headerRows;

        private List<List<String>> bodyRows;

        private List<String> row;

        private boolean rowIsHeader;

        // figure
        private String figId;

        private String figCaption;

        private String figAlt;

        private Chart.Kind figKind;

        private String figUnit;

        private List<String> categories;

        private List<Chart.Series> series;

        private String seriesName;

        private List<BigDecimal> values;

        Handler(String template) {
            this.template = template;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private InputException error(String problem) {
            return new InputException(template, locator == null ? null : (long) locator.getLineNumber(), null,
                    "mallens markup: " + problem);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            switch (qName) {
                case "chapter" -> {
                    chapterId = fileId(a, "chapter");
                    chapterTitle = required(a, "title");
                }
                case "h1", "h2", "h3" -> {
                    headingLevel = qName.charAt(1) - '0';
                    startText();
                }
                case "p" -> startText();
                case "ul" -> listItems = new ArrayList<>();
                case "li" -> {
                    if (listItems == null) {
                        throw new SAXException(error("<li> utanför <ul>"));
                    }
                    startText();
                }
                case "b", "i" -> {
                    flushText();
                    inlineStyle = qName;
                }
                case "ref" -> {
                    flushText();
                    inlines.add(new Inline.Ref(required(a, "to"), sentenceStart()));
                }
                case "table" -> {
                    tableId = fileId(a, "table");
                    tableCaption = SwedishTypography.apply(a.getValue("caption"));
                    tableLandscape = "true".equals(a.getValue("landscape"));
                    tableNumeric = new ArrayList<>();
                    String numeric = a.getValue("numeric");
                    if (numeric != null) {
                        for (char c : numeric.toCharArray()) {
                            tableNumeric.add(c == 'r' || c == '1');
                        }
                    }
                    tableWidths = new ArrayList<>();
                    String widths = a.getValue("widths");
                    if (widths != null && !widths.isBlank()) {
                        for (String w : widths.split(",")) {
                            tableWidths.add(Integer.parseInt(w.strip()));
                        }
                    }
                    headerRows = new ArrayList<>();
                    bodyRows = new ArrayList<>();
                }
                case "tr" -> {
                    row = new ArrayList<>();
                    rowIsHeader = false;
                }
                case "th", "td" -> {
                    rowIsHeader = rowIsHeader || qName.equals("th");
                    text.setLength(0);
                }
                case "figure" -> {
                    figId = fileId(a, "figure");
                    figCaption = SwedishTypography.apply(required(a, "caption"));
                    figAlt = required(a, "alt");
                    figKind = "stacked".equals(a.getValue("kind")) ? Chart.Kind.STACKED : Chart.Kind.BAR;
                    figUnit = a.getValue("unit") == null ? "" : a.getValue("unit");
                    categories = new ArrayList<>();
                    series = new ArrayList<>();
                }
                case "category", "v" -> text.setLength(0);
                case "br" -> text.append(LINE_BREAK);
                case "series" -> {
                    seriesName = required(a, "name");
                    values = new ArrayList<>();
                }
                default -> throw new SAXException(error("okänt element <" + qName + ">"));
            }
        }

        /**
         * An id that becomes a file name (kapitel/&lt;id&gt;.docx, data/&lt;id&gt;.csv):
         * checked here, where the line is known.
         */
        private String fileId(Attributes a, String element) throws SAXException {
            String id = required(a, "id");
            if (!OutputNames.isValidId(id)) {
                throw new SAXException(
                        error("id \"" + id + "\" i <" + element + "> duger inte som filnamn: " + OutputNames.RULE));
            }
            return id;
        }

        private String required(Attributes a, String name) throws SAXException {
            String v = a.getValue(name);
            if (v == null || v.isBlank()) {
                throw new SAXException(error("attributet " + name + " saknas"));
            }
            return v.strip();
        }

        /**
         * Whether running text so far is empty or ends a sentence, so a reference starts
         * with a capital.
         */
        private boolean sentenceStart() {
            StringBuilder sb = new StringBuilder();
            for (Inline i : inlines) {
                if (i instanceof Inline.Text t) {
                    sb.append(t.text());
                }
                else {
                    sb.append('x');
                }
            }
            String so = sb.toString().strip();
            return so.isEmpty() || so.endsWith(".") || so.endsWith("!") || so.endsWith("?") || so.endsWith(":");
        }

        private void startText() {
            inlines = new ArrayList<>();
            text.setLength(0);
            inlineStyle = null;
        }

        private void flushText() {
            if (inlines == null) {
                text.setLength(0);
                return;
            }
            String t = SwedishTypography.apply(text.toString().replaceAll("\\s+", " "));
            text.setLength(0);
            if (t.isEmpty()) {
                return;
            }
            if ("b".equals(inlineStyle)) {
                inlines.add(new Inline.Strong(t));
            }
            else if ("i".equals(inlineStyle)) {
                inlines.add(new Inline.Emphasis(t));
            }
            else {
                inlines.add(new Inline.Text(t));
            }
        }

        private List<Inline> trimmed(List<Inline> in) {
            List<Inline> out = new ArrayList<>(in);
            if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
                out.set(0, new Inline.Text(t.text().stripLeading()));
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last) instanceof Inline.Text t) {
                out.set(last, new Inline.Text(t.text().stripTrailing()));
            }
            out.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
            return out;
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (qName) {
                case "h1", "h2", "h3" -> {
                    flushText();
                    blocks.add(new Heading(headingLevel, plain(trimmed(inlines))));
                    inlines = null;
                }
                case "p" -> {
                    flushText();
                    List<Inline> content = trimmed(inlines);
                    if (!content.isEmpty()) {
                        blocks.add(new Paragraph(content));
                    }
                    inlines = null;
                }
                case "li" -> {
                    flushText();
                    listItems.add(trimmed(inlines));
                    inlines = null;
                }
                case "ul" -> {
                    if (!listItems.isEmpty()) {
                        blocks.add(new BulletList(List.copyOf(listItems)));
                    }
                    listItems = null;
                }
                case "b", "i" -> {
                    flushText();
                    inlineStyle = null;
                }
                case "th", "td" -> row.add(SwedishTypography
                    .apply(text.toString().replaceAll("\\s+", " ").strip().replaceAll(" ?" + LINE_BREAK + " ?", "\n")));
                case "tr" -> (rowIsHeader ? headerRows : bodyRows).add(List.copyOf(row));
                case "table" -> {
                    int cols = headerRows.isEmpty() ? (bodyRows.isEmpty() ? 0 : bodyRows.get(0).size())
                            : headerRows.get(0).size();
                    // The template's numeric="lrr" wins for the columns it names; the
                    // others are right-aligned when their cells are numbers.
                    List<Boolean> derived = Table.numberColumns(bodyRows, cols);
                    List<Boolean> numeric = new ArrayList<>(tableNumeric);
                    while (numeric.size() < cols) {
                        numeric.add(derived.get(numeric.size()));
                    }
                    blocks.add(new Table(tableId, tableCaption, List.copyOf(headerRows), List.copyOf(bodyRows),
                            List.copyOf(numeric.subList(0, cols)), tableLandscape, List.copyOf(tableWidths)));
                }
                case "category" ->
                    categories.add(SwedishTypography.apply(text.toString().replaceAll("\\s+", " ").strip()));
                case "v" -> {
                    String v = text.toString().strip();
                    try {
                        values.add(v.isEmpty() ? BigDecimal.ZERO : new BigDecimal(v.replace(',', '.')));
                    }
                    catch (NumberFormatException e) {
                        throw new SAXException(error("värdet \"" + v + "\" i en figur är inget tal"));
                    }
                }
                case "series" -> series.add(new Chart.Series(seriesName, List.copyOf(values)));
                case "figure" -> blocks.add(new Figure(figId, figCaption, figAlt,
                        new Chart(figKind, List.copyOf(categories), List.copyOf(series), figUnit)));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private static String plain(List<Inline> inlines) {
            StringBuilder sb = new StringBuilder();
            for (Inline i : inlines) {
                if (i instanceof Inline.Text t) {
                    sb.append(t.text());
                }
                else if (i instanceof Inline.Strong s) {
                    sb.append(s.text());
                }
                else if (i instanceof Inline.Emphasis e) {
                    sb.append(e.text());
                }
            }
            return sb.toString().strip();
        }

    }

}
