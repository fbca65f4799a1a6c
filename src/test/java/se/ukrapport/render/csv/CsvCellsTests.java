package se.ukrapport.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void textThatExcelWouldTakeForAFormulaGetsALeadingQuote() {
        assertThat(CsvCells.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.safe("+46 70 123")).isEqualTo("'+46 70 123");
        assertThat(CsvCells.safe("-1+2")).isEqualTo("'-1+2");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.safe("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.safe("- punkt i en lista")).isEqualTo("'- punkt i en lista");
        assertThat(CsvCells.safe("-")).isEqualTo("'-");
    }

    @Test
    void numbersStayNumbers() {
        assertThat(CsvCells.safe("-15919,6")).isEqualTo("-15919,6");
        assertThat(CsvCells.safe("-6295.4")).isEqualTo("-6295.4");
        assertThat(CsvCells.safe("+20")).isEqualTo("+20");
        assertThat(CsvCells.safe("-5")).isEqualTo("-5");
        assertThat(CsvCells.safe("-12,5%")).isEqualTo("-12,5%");
        assertThat(CsvCells.safe("-1E3")).isEqualTo("-1E3");
    }

    @Test
    void otherTextIsUntouchedAndNeutralisingTwiceChangesNothing() {
        assertThat(CsvCells.safe("Lerum")).isEqualTo("Lerum");
        assertThat(CsvCells.safe("2009-2014")).isEqualTo("2009-2014");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe((String) null)).isNull();
        assertThat(CsvCells.safe(CsvCells.safe("=1+1"))).isEqualTo("'=1+1");
        assertThat(CsvCells.safe(List.of("=a", "-3,0", "b"))).containsExactly("'=a", "-3,0", "b");
    }

}
