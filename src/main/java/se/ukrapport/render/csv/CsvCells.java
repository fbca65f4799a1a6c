package se.ukrapport.render.csv;

/**
 * Text from respondents and documents goes into spreadsheets: a cell that starts with = + - @, tab
 * or CR would be taken by Excel as a formula. Such text gets a leading apostrophe-free guard: a
 * single quote character, which Excel shows as text and never evaluates.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + text;
        }
        return text;
    }
}
