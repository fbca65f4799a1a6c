package se.ukrapport.ingest.csv;

import java.util.Locale;
import java.util.Map;

/**
 * One data record of a CSV file: the line it starts on (1 = header) and its values by
 * column name, looked up case-insensitively.
 */
public record CsvRow(long line, Map<String, String> values) {

    /**
     * The trimmed value of a column, "" when the record is short or the column is absent.
     */
    public String get(String column) {
        String v = values.get(column.strip().toLowerCase(Locale.ROOT));
        return v == null ? "" : v.strip();
    }

    /** The value exactly as it stands, for open answers. */
    public String raw(String column) {
        String v = values.get(column.strip().toLowerCase(Locale.ROOT));
        return v == null ? "" : v;
    }
}
