package se.ukrapport.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.ukrapport.domain.InputException;
import se.ukrapport.ingest.TextEncoding;

/**
 * A `;`-separated input file read with Commons CSV: encoding detected, header row
 * required, quoted multi-line values allowed, records streamed with the line each one
 * starts on. Column names are matched case-insensitively, since the files are typed by
 * people.
 */
public final class CsvTable implements Closeable, Iterable<CsvRow> {

    /** The input files' dialect: `;`, `"`-quoting, header row, blank lines ignored. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
        .setDelimiter(';')
        .setQuote('"')
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(false)
        .get();

    private final String name;

    private final CSVParser parser;

    /** The longest field read: a million characters, far beyond any answer or comment. */
    static final int MAX_FIELD = 1_000_000;

    private final List<String> header;

    private final Map<String, String> headerByKey = new LinkedHashMap<>();

    private final long headerLine;

    private CsvTable(String name, CSVParser parser, List<String> header, long headerLine) {
        this.name = name;
        this.parser = parser;
        this.header = header;
        this.headerLine = headerLine;
        for (String h : header) {
            headerByKey.putIfAbsent(key(h), h);
        }
    }

    /**
     * Opens a CSV file. {@code name} is how messages name the file (relative to the input
     * folder).
     */
    public static CsvTable open(Path file, String name) {
        try {
            TextEncoding.Detected enc = TextEncoding.detect(file);
            Reader reader = new InputStreamReader(Files.newInputStream(file), enc.charset());
            if (enc.bom()) {
                reader.skip(1);
            }
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                parser.close();
                throw new InputException(name, 1L, null, "filen är tom, rubrikraden saknas");
            }
            CSVRecord first = it.next();
            long headerLine = parser.getCurrentLineNumber();
            List<String> header = new ArrayList<>();
            for (String h : first) {
                header.add(h.strip());
            }
            CsvTable table = new CsvTable(name, parser, header, headerLine);
            // Every input's header names each column once: a second "kluster" would be
            // read silently.
            List<String> dups = table.duplicateColumns();
            if (!dups.isEmpty()) {
                table.close();
                throw new InputException(name, headerLine, dups.get(0), "kolumnen står två gånger i rubrikraden");
            }
            return table;
        }
        catch (IOException | UncheckedIOException e) {
            throw new InputException(name, null, null, "filen kan inte läsas som CSV: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return Collections.unmodifiableList(header);
    }

    /** The header's spelling of a column, or null when it is absent. */
    public String column(String wanted) {
        return headerByKey.get(key(wanted));
    }

    /** Stops with a message naming the first required column the header lacks. */
    public void require(String... columns) {
        for (String c : columns) {
            if (column(c) == null) {
                throw new InputException(name, headerLine, c, "kolumnen saknas i rubrikraden (rubrikraden har: "
                        + String.join(";", header) + "; avgränsaren ska vara semikolon)");
            }
        }
    }

    /** Header columns that occur twice, by their spelling. */
    public List<String> duplicateColumns() {
        List<String> dups = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String h : header) {
            if (seen.put(key(h), Boolean.TRUE) != null) {
                dups.add(h);
            }
        }
        return dups;
    }

    public long headerLine() {
        return headerLine;
    }

    /**
     * Records with canonical column names (as {@link #column} resolves them). The
     * iterator also reports the line each record starts on, counted from the parser's
     * line counter.
     */
    @Override
    public Iterator<CsvRow> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long lastEnd = headerLine;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                }
                catch (UncheckedIOException | IllegalStateException e) {
                    throw new InputException(name, lastEnd + 1, null, csvProblem(rootMessage(e)), e);
                }
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord rec = records.next();
                long start = lastEnd + 1;
                lastEnd = Math.max(parser.getCurrentLineNumber(), start);
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < rec.size(); i++) {
                    if (rec.get(i).length() > MAX_FIELD) {
                        throw new InputException(name, start, header.get(i),
                                "fältet har " + rec.get(i).length() + " tecken; mer än " + MAX_FIELD
                                        + " tecken i ett fält är inget svar utan ett fel i filen");
                    }
                    if (rec.get(i).indexOf('\u0000') >= 0) {
                        throw new InputException(name, start, header.get(i), "fältet innehåller tecknet NUL (kod 0), "
                                + "som ingen text har; filen är skadad eller ingen textfil");
                    }
                    values.putIfAbsent(key(header.get(i)), rec.get(i));
                }
                if (rec.size() < header.size()) {
                    throw new InputException(name, start, header.get(rec.size()),
                            "raden har färre värden (" + rec.size() + ") än rubrikraden har kolumner (" + header.size()
                                    + "); kolumnen saknas på raden");
                }
                if (rec.size() > header.size()) {
                    for (int i = header.size(); i < rec.size(); i++) {
                        if (!rec.get(i).isBlank()) {
                            throw new InputException(name, start, "kolumn " + (i + 1), "raden har fler värden ("
                                    + rec.size() + ") än rubrikraden har kolumner (" + header.size() + ")");
                        }
                    }
                }
                return new CsvRow(start, values);
            }
        };
    }

    /**
     * Commons CSV's English parse errors, told in Swedish with what to look for in the
     * file.
     */
    static String csvProblem(String message) {
        String m = message == null ? "" : message;
        if (m.contains("between encapsulated token and delimiter")) {
            return "ogiltig CSV: ett fält inom citattecken fortsätter efter sitt avslutande citattecken; "
                    + "ett citattecken inne i ett fält skrivs dubbelt (\"\")";
        }
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "ogiltig CSV: filen tar slut inne i ett fält som börjar med citattecken; "
                    + "ett avslutande citattecken saknas på den här raden eller senare";
        }
        return "ogiltig CSV: " + m;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            parser.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
