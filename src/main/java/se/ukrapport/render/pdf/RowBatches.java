package se.ukrapport.render.pdf;

import java.util.function.BiFunction;

import com.lowagie.text.pdf.PdfPTable;

/**
 * The body rows of a large table laid out a batch at a time: OpenPDF keeps about half a
 * kilobyte per laid-out cell (cell, column text, phrase, chunk, font, colour), and the
 * tables that list every municipality or target have tens of thousands of cells, laid out
 * in the PDF step and in the Word step's page-number pass at the same time. A row's
 * height and drawing depend only on its own cells and the column widths, so a row laid
 * out in a batch of its own is the same row. Rows are asked for in order; a row behind
 * the current batch is laid out again, never a row twice in a forward pass.
 */
final class RowBatches {

    static final int SIZE = 256;

    private final int rows;

    private final BiFunction<Integer, Integer, PdfPTable> layout;

    private PdfPTable batch;

    private int start = -1;

    private int layouts;

    /**
     * @param rows the number of body rows
     * @param layout lays out the body rows [from, to) as a table of their own
     */
    RowBatches(int rows, BiFunction<Integer, Integer, PdfPTable> layout) {
        this.rows = rows;
        this.layout = layout;
    }

    int size() {
        return rows;
    }

    /** The laid-out table holding body row {@code row}. */
    PdfPTable tableOf(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException(row);
        }
        if (batch == null || row < start || row >= start + SIZE) {
            start = row / SIZE * SIZE;
            batch = layout.apply(start, Math.min(rows, start + SIZE));
            layouts++;
        }
        return batch;
    }

    /** The index of body row {@code row} in {@link #tableOf}'s table. */
    int indexOf(int row) {
        return row - row / SIZE * SIZE;
    }

    /** How many batches were laid out so far. */
    int layouts() {
        return layouts;
    }

}
