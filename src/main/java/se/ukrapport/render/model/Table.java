package se.ukrapport.render.model;

import java.util.List;

/**
 * A numbered table. Cells are text as it is to be shown (numbers already in Swedish
 * form).
 *
 * @param header the header rows, repeated on every page
 * @param numeric per column: right-aligned numbers
 * @param landscape lay the table out on landscape pages (wide appendix tables)
 * @param widths relative column widths, or empty for equal widths
 */
public record Table(String id, String caption, List<List<String>> header, List<List<String>> rows,
        List<Boolean> numeric, boolean landscape, List<Integer> widths) implements Block {

    public int columns() {
        if (!header.isEmpty()) {
            return header.get(0).size();
        }
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }
}
