package se.ukrapport.render.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableAlignmentTests {

    @Test
    void swedishNumberFormsAreNumbers() {
        assertThat(Table.isNumber("16\u00A0766,7")).isTrue();
        assertThat(Table.isNumber("16 766,7")).isTrue();
        assertThat(Table.isNumber("88\u00A0%")).isTrue();
        assertThat(Table.isNumber("88 %")).isTrue();
        assertThat(Table.isNumber("7,5 %")).isTrue();
        assertThat(Table.isNumber("−15\u00A0919,6")).isTrue();
        assertThat(Table.isNumber("-3")).isTrue();
        assertThat(Table.isNumber("2011")).isTrue();
        assertThat(Table.isNumber("12 (18\u00A0%)")).isTrue();
        assertThat(Table.isNumber(" 42 ")).isTrue();
    }

    @Test
    void textIsNoNumber() {
        assertThat(Table.isNumber("Ja")).isFalse();
        assertThat(Table.isNumber("2008–2011")).isFalse();
        assertThat(Table.isNumber("12 kWh")).isFalse();
        assertThat(Table.isNumber("16.766,7")).isFalse();
        assertThat(Table.isNumber("1 2")).isFalse();
        assertThat(Table.isNumber("Minst 20 %")).isFalse();
        assertThat(Table.isNumber("5\n6")).isFalse();
        assertThat(Table.isNumber("")).isFalse();
        assertThat(Table.isNumber("–")).isFalse();
    }

    @Test
    void aColumnOfNumbersDashesAndEmptyCellsIsRightAligned() {
        List<List<String>> rows = List.of(List.of("El", "16\u00A0766,7", "88\u00A0%", "–", "Ja"),
                List.of("Biogas", "–", "", "", "Nej"), List.of("Antal svarande", "12", "", "", ""));
        assertThat(Table.numberColumns(rows, 5)).containsExactly(false, true, true, false, false);
    }

    @Test
    void oneTextCellMakesTheColumnText() {
        List<List<String>> rows = List.of(List.of("12"), List.of("ingen uppgift"), List.of("7"));
        assertThat(Table.numberColumns(rows, 1)).containsExactly(false);
    }

    @Test
    void aShortRowCountsAsEmptyCells() {
        List<List<String>> rows = List.of(List.of("a", "1"), List.of("b"));
        assertThat(Table.numberColumns(rows, 3)).containsExactly(false, true, false);
    }

    @Test
    void theNumericAttributeWinsOverTheCells() {
        String markup = "<chapter id=\"kap01\" title=\"T\"><h1>T</h1>"
                + "<table id=\"t1\" caption=\"C\" numeric=\"ll\"><tr><th>A</th><th>År</th><th>Antal</th></tr>"
                + "<tr><td>x</td><td>2010</td><td>3</td></tr></table>"
                + "<table id=\"t2\" caption=\"C\"><tr><th>A</th><th>År</th><th>Antal</th></tr>"
                + "<tr><td>x</td><td>2010</td><td>3</td></tr></table></chapter>";
        Chapter c = new se.ukrapport.render.markup.MarkupParser().parse("test.ftl", markup);
        List<Table> tables = c.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        // Columns the attribute names keep its alignment; the rest are derived.
        assertThat(tables.get(0).numeric()).containsExactly(false, false, true);
        assertThat(tables.get(1).numeric()).containsExactly(false, true, true);
    }

}
