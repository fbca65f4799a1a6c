package se.ukrapport.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of a workbook's first sheet with SAX, so that a sheet of 100 000 rows
 * is never held as POI objects; only the current row is in memory. A hand-written handler
 * rather than POI's XSSFSheetXMLHandler because that one hands over formatted text only,
 * and the grant reader needs to know whether a cell was a number or typed text (see
 * {@link SheetCell}).
 */
final class SheetRowStreamer {

    /** Receives each row that has at least one cell, in sheet order. */
    interface RowConsumer {

        /**
         * @param rowNumber Excel's 1-based row number
         * @param cells 0-based column index → cell; only cells present in the file
         */
        void row(long rowNumber, Map<Integer, SheetCell> cells);

    }

    private SheetRowStreamer() {
    }

    /**
     * @return the first sheet's name
     */
    static String streamFirstSheet(OPCPackage pkg, RowConsumer consumer)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new NoSheetException();
        }
        try (InputStream sheet = sheets.next()) {
            String name = sheets.getSheetName();
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new Handler(strings, consumer));
            xml.parse(new InputSource(sheet));
            return name;
        }
    }

    /**
     * Excel's own limit for the text of one cell; a longer one was not written by Excel
     * and would only grow memory, so the run stops naming the cell.
     */
    static final int MAX_CELL_CHARS = 32_767;

    /**
     * A cell longer than {@link #MAX_CELL_CHARS}, at Excel's 1-based row and 0-based
     * column.
     */
    static final class CellTooLongException extends RuntimeException {

        final long row;

        final int column;

        CellTooLongException(long row, int column) {
            super("cell too long");
            this.row = row;
            this.column = column;
        }

    }

    /** The workbook lists no sheet at all. */
    static final class NoSheetException extends RuntimeException {

        NoSheetException() {
            super("no sheet");
        }

    }

    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;

        private final RowConsumer consumer;

        private long rowNumber;

        private int nextColumn;

        private Map<Integer, SheetCell> cells;

        private int column;

        private String type;

        private boolean inValue;

        private boolean inInlineText;

        private int phoneticDepth;

        private final StringBuilder value = new StringBuilder();

        private final StringBuilder inline = new StringBuilder();

        private boolean hasInline;

        Handler(ReadOnlySharedStringsTable strings, RowConsumer consumer) {
            this.strings = strings;
            this.consumer = consumer;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = atts.getValue("r");
                    // Rows without r follow the previous one (some writers omit it).
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    nextColumn = 0;
                    cells = new TreeMap<>();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? nextColumn : columnIndex(ref);
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    value.setLength(0);
                    inline.setLength(0);
                    hasInline = false;
                }
                case "v" -> inValue = true;
                case "is" -> hasInline = true;
                case "rPh" -> phoneticDepth++;
                case "t" -> inInlineText = hasInline && phoneticDepth == 0;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> phoneticDepth--;
                case "c" -> {
                    SheetCell cell = cell();
                    if (cell != null && cells != null) {
                        cells.put(column, cell);
                    }
                }
                case "row" -> {
                    if (cells != null && !cells.isEmpty()) {
                        consumer.row(rowNumber, cells);
                    }
                    cells = null;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
            else if (inInlineText) {
                inline.append(ch, start, length);
            }
            if (value.length() > MAX_CELL_CHARS || inline.length() > MAX_CELL_CHARS) {
                throw new CellTooLongException(rowNumber, column);
            }
        }

        private SheetCell cell() {
            String t = type == null ? "n" : type;
            String v = value.toString();
            switch (t) {
                case "inlineStr":
                    return new SheetCell(SheetCell.Kind.TEXT, hasInline ? inline.toString() : v);
                case "s":
                    if (v.isBlank()) {
                        return null;
                    }
                    String shared = strings.getItemAt(Integer.parseInt(v.strip())).getString();
                    if (shared.length() > MAX_CELL_CHARS) {
                        throw new CellTooLongException(rowNumber, column);
                    }
                    return new SheetCell(SheetCell.Kind.TEXT, shared);
                case "str":
                    return new SheetCell(SheetCell.Kind.TEXT, v);
                case "b":
                    return new SheetCell(SheetCell.Kind.BOOLEAN, "1".equals(v.strip()) ? "SANT" : "FALSKT");
                case "e":
                    return new SheetCell(SheetCell.Kind.ERROR, v);
                case "d":
                    // An ISO date cell: not a number for our purposes, keep its text.
                    return new SheetCell(SheetCell.Kind.TEXT, v);
                default:
                    if (v.isBlank()) {
                        return null;
                    }
                    // Excel's own 15-digit rendering, so binary noise such as
                    // 12.300000000000001
                    // does not leak in.
                    return new SheetCell(SheetCell.Kind.NUMBER,
                            NumberToTextConverter.toText(Double.parseDouble(v.strip())));
            }
        }

        private static String local(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }

        /** "AB12" → 27. */
        static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = Character.toUpperCase(ref.charAt(i));
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                index = index * 26 + (ch - 'A' + 1);
            }
            return index - 1;
        }

    }

}
