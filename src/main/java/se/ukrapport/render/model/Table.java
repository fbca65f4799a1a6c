package se.ukrapport.render.model;

import java.util.List;

/**
 * A numbered table. Cells are text as it is to be shown (numbers already in Swedish
 * form).
 *
 * @param header the header rows, repeated on every page
 * @param numeric per column: right-aligned numbers (the markup's {@code numeric}
 * attribute, else {@link #numberColumns} derived from the cells)
 * @param landscape lay the table out on landscape pages (wide appendix tables)
 * @param widths relative column widths, or empty for equal widths
 */
public record Table(String id, String caption, List<List<String>> header, List<List<String>> rows,
        List<Boolean> numeric, boolean landscape, List<Integer> widths) implements Block {

    private static final String NUMBER = "[+\u2212-]?\\d+(?:[\u00A0\u202F ]\\d{3})*(?:,\\d+)?(?:[\u00A0\u202F ]?%)?";

    /**
     * A number as the report writes it: "16 766,7", "2011", "−3,5", "88 %", or a count
     * with its share, "12 (18 %)".
     */
    private static final java.util.regex.Pattern NUMBER_CELL = java.util.regex.Pattern
        .compile(NUMBER + "(?:[\u00A0\u202F ]\\(" + NUMBER + "\\))?");

    /** Whether a body cell holds a number in Swedish form. */
    public static boolean isNumber(String cell) {
        return NUMBER_CELL.matcher(cell.strip()).matches();
    }

    /** Whether a body cell stands for no value: empty, or a dash ("–"). */
    public static boolean isNoValue(String cell) {
        String c = cell.strip();
        return c.isEmpty() || c.equals("–") || c.equals("-") || c.equals("\u2212");
    }

    /**
     * The alignment of each column derived from its body cells: right-aligned when every
     * cell is a number in Swedish form or stands for no value ({@link #isNumber},
     * {@link #isNoValue}) and at least one is a number; text otherwise. Header rows do
     * not count.
     */
    public static List<Boolean> numberColumns(List<List<String>> rows, int columns) {
        List<Boolean> out = new java.util.ArrayList<>();
        for (int c = 0; c < columns; c++) {
            boolean anyNumber = false;
            boolean allNumbers = true;
            for (List<String> row : rows) {
                String cell = c < row.size() ? row.get(c) : "";
                if (isNumber(cell)) {
                    anyNumber = true;
                }
                else if (!isNoValue(cell)) {
                    allNumbers = false;
                    break;
                }
            }
            out.add(anyNumber && allNumbers);
        }
        return List.copyOf(out);
    }

    public int columns() {
        if (!header.isEmpty()) {
            return header.get(0).size();
        }
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }
}
