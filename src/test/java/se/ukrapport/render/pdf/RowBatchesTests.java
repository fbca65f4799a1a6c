package se.ukrapport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfPTable;

/**
 * A large table's body rows are laid out a batch at a time and each row once in a forward
 * pass: the layout holds at most {@link RowBatches#SIZE} rows, not the whole table.
 */
class RowBatchesTests {

    @Test
    void aForwardPassLaysEveryRowOutOnceInBatches() {
        List<int[]> asked = new ArrayList<>();
        RowBatches rows = new RowBatches(1000, (from, to) -> {
            asked.add(new int[] { from, to });
            PdfPTable t = new PdfPTable(1);
            for (int r = from; r < to; r++) {
                t.addCell(Integer.toString(r));
            }
            return t;
        });

        for (int r = 0; r < rows.size(); r++) {
            PdfPTable t = rows.tableOf(r);
            assertThat(t.getRow(rows.indexOf(r)).getCells()[0].getPhrase().getContent()).isEqualTo(Integer.toString(r));
        }

        assertThat(rows.layouts()).isEqualTo(4);
        assertThat(asked).extracting(a -> a[0] + "-" + a[1]).containsExactly("0-256", "256-512", "512-768", "768-1000");
    }

    @Test
    void theFirstRowsAskedAgainAfterTheFirstBatchAreNotLaidOutAgain() {
        int[] layouts = { 0 };
        RowBatches rows = new RowBatches(10, (from, to) -> {
            layouts[0]++;
            return new PdfPTable(1);
        });

        rows.tableOf(0);
        rows.tableOf(0);
        rows.tableOf(9);

        assertThat(layouts[0]).isEqualTo(1);
    }

}
