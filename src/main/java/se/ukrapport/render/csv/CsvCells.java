package se.ukrapport.render.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text from respondents and documents goes into spreadsheets: a cell that starts with = +
 * - @, tab or CR would be taken by Excel as a formula (CSV injection). Such text gets a
 * leading single quote, which Excel shows as text and never evaluates. Numbers are left
 * alone, so {@code -15919,6} in a data file stays a number for Excel and for whoever
 * checks the files.
 */
public final class CsvCells {

    /**
     * A plain number as the data files write it: optional sign, digits, optional decimal
     * comma or point, optionally a percent sign. Nothing else may follow, so {@code -1+2}
     * is not one.
     */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?(?:\u00a0?%)?");

    private CsvCells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !isNumber(text)) {
            return "'" + text;
        }
        return text;
    }

    /** Every cell of a row made safe. */
    public static List<String> safe(List<String> row) {
        return row.stream().map(CsvCells::safe).toList();
    }

    static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

}
