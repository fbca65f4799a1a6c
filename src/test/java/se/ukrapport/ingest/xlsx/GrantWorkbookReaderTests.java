package se.ukrapport.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.domain.grants.UnitKind;

class GrantWorkbookReaderTests {

    private static final String SHOWN = "ees/ees-2010.xlsx";

    @TempDir
    Path dir;

    private final List<GrantRow> rows = new ArrayList<>();

    private final List<Rejection> rejections = new ArrayList<>();

    private GrantWorkbookReader.Result read(GrantTestWorkbooks book) throws Exception {
        Path file = book.write(dir.resolve("ees-2010.xlsx"));
        return new GrantWorkbookReader().read(file, SHOWN, rows::add, rejections::add);
    }

    @Test
    void columnsInAnotherOrderAreFoundByHeaderNameIgnoringCaseAndSpaces() throws Exception {
        read(GrantTestWorkbooks
            .withHeader(List.of("MÅL 2020 (%)", "värde", " Nyckeltal ", "Enhet", "mål 2014(%)", "Organisation", "TYP",
                    "år", "Kommunkod"))
            .row(20, 1500, "Total energianvändning", "MWh", 10, "Kalmar kommun", "Kommun", 2010, "0880"));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.organisation()).isEqualTo("Kalmar kommun");
            assertThat(r.municipalityCode()).isEqualTo("0880");
            assertThat(r.year()).isEqualTo(2010);
            assertThat(r.keyFigure()).isEqualTo("Total energianvändning");
            assertThat(r.amount()).isEqualByComparingTo("1500");
            assertThat(r.target2014()).isEqualByComparingTo("10");
            assertThat(r.target2020()).isEqualByComparingTo("20");
            assertThat(r.organisationNumber()).isEmpty();
            assertThat(r.baseYear()).isNull();
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.file()).isEqualTo(SHOWN);
        });
        assertThat(rejections).isEmpty();
    }

    @Test
    void textTypedNumbersWithSwedishSeparatorsAndPercentSignsAreRead() throws Exception {
        read(GrantTestWorkbooks.standard()
            .standardRow("", "Lunds kommun", "Kommun", "Total energianvändning", "MWh", "12\u00a0345,6", "8,5 %",
                    " 20 "));

        GrantRow r = rows.get(0);
        assertThat(r.value()).isEqualByComparingTo("12345.6");
        assertThat(r.amount()).isEqualByComparingTo("12345.6");
        assertThat(r.target2014()).isEqualByComparingTo("8.5");
        assertThat(r.target2020()).isEqualByComparingTo("20");
        assertThat(r.baseYear()).isEqualTo(2009);
        assertThat(rejections).isEmpty();
    }

    @Test
    void absoluteUnitsInAnyCaseAreConvertedToMwh() throws Exception {
        read(GrantTestWorkbooks.standard()
            .standardRow("", "A kommun", "Kommun", "Total energianvändning", "kWh", 40000, null, null)
            .standardRow("", "B kommun", "Kommun", "Total energianvändning", "mwh", 37, null, null)
            .standardRow("", "C kommun", "Kommun", "Total energianvändning", "GWH", "2,3", null, null));

        assertThat(rows).extracting(GrantRow::unitKind).containsOnly(UnitKind.ABSOLUTE);
        assertThat(rows).extracting(GrantRow::amount)
            .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .containsExactly(new BigDecimal("40"), new BigDecimal("37"), new BigDecimal("2300"));
        assertThat(rows).extracting(GrantRow::amountUnit).containsOnly("MWh");
        assertThat(rows).extracting(GrantRow::unit).containsExactly("kWh", "mwh", "GWH");
        // The base-year value is in the same unit and normalised the same way.
        assertThat(rows.get(2).baseYearValue()).isEqualByComparingTo("2300");
    }

    @Test
    void specificUnitsStayAsTypedAndAreNeverConverted() throws Exception {
        read(GrantTestWorkbooks.standard()
            .standardRow("", "A kommun", "Kommun", "Energianvändning lokaler", "kWh/m² Atemp", 194.3, null, null)
            .standardRow("", "B kommun", "Kommun", "Energianvändning lokaler", "kwh/m2 Atemp", 150, null, null)
            .standardRow("", "C kommun", "Kommun", "Energianvändning transporter", "kWh/mil", 7, null, null));

        assertThat(rows).extracting(GrantRow::unitKind).containsOnly(UnitKind.SPECIFIC);
        assertThat(rows.get(0).amount()).isEqualByComparingTo("194.3");
        assertThat(rows.get(0).amountUnit()).isEqualTo("kWh/m² Atemp");
        assertThat(rows.get(2).amount()).isEqualByComparingTo("7");
        assertThat(rejections).isEmpty();
    }

    @Test
    void unknownUnitKeepsTheRowButIsListed() throws Exception {
        read(GrantTestWorkbooks.standard()
            .standardRow("", "A kommun", "Kommun", "Total energianvändning", "kr", 100, 5, null));

        assertThat(rows).singleElement().extracting(GrantRow::unitKind).isEqualTo(UnitKind.UNKNOWN);
        assertThat(rejections).singleElement().satisfies(j -> {
            assertThat(j.column()).isEqualTo("Enhet");
            assertThat(j.line()).isEqualTo(2L);
        });
    }

    @Test
    void nonNumericValueSkipsTheRowAndIsRejectedWithRowAndColumn() throws Exception {
        GrantWorkbookReader.Result result = read(GrantTestWorkbooks.standard()
            .standardRow("", "A kommun", "Kommun", "Total energianvändning", "MWh", 100, 5, 10)
            .standardRow("", "B kommun", "Kommun", "Total energianvändning", "MWh", "uppgift saknas", 5, 10)
            .standardRow("", "C kommun", "Kommun", "Total energianvändning", "MWh", 300, 5, 10));

        assertThat(rows).extracting(GrantRow::organisation).containsExactly("A kommun", "C kommun");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(result.sheet()).isEqualTo("Rapportering");
        assertThat(rejections).singleElement().satisfies(j -> {
            assertThat(j.file()).isEqualTo(SHOWN);
            assertThat(j.line()).isEqualTo(3L);
            assertThat(j.column()).isEqualTo("Värde");
            assertThat(j.value()).isEqualTo("uppgift saknas");
            assertThat(j.reason()).contains("värdet är inte ett tal");
            assertThat(j.municipality()).isEqualTo("B kommun");
            assertThat(j.code()).isEqualTo("ees:Total energianvändning:2010");
        });
    }

    @Test
    void nonNumericTargetIsMissingAndRejectedWhileEmptyTargetIsJustMissing() throws Exception {
        read(GrantTestWorkbooks.standard()
            .standardRow("", "A kommun", "Kommun", "Total energianvändning", "MWh", 100, "ej beslutat", "")
            .standardRow("", "B kommun", "Kommun", "Total energianvändning", "MWh", 100, null, "  "));

        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.target2014()).isNull();
            assertThat(r.target2020()).isNull();
            assertThat(r.hasTarget()).isFalse();
        });
        assertThat(rejections).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(2L);
            assertThat(j.column()).isEqualTo("Mål 2014 (%)");
            assertThat(j.value()).isEqualTo("ej beslutat");
            assertThat(j.reason()).contains("målet är inte ett tal");
        });
    }

    @Test
    void statedZeroTargetIsATarget() throws Exception {
        read(GrantTestWorkbooks.standard()
            .standardRow("", "A kommun", "Kommun", "Total energianvändning", "MWh", 100, 0, "0"));

        assertThat(rows.get(0).target2014()).isEqualByComparingTo("0");
        assertThat(rows.get(0).target2020()).isEqualByComparingTo("0");
        assertThat(rows.get(0).hasTarget()).isTrue();
    }

    @Test
    void numericMunicipalityCodeKeepsItsLeadingZero() throws Exception {
        read(GrantTestWorkbooks.standard()
            .row("212000-0379", 484, "Eskilstuna kommun", "Kommun", 2010, "Total energianvändning", "MWh", 1, null,
                    null, null, null)
            .row("212000-0379", "484", "Eskilstuna kommun", "Kommun", 2010, "Total energianvändning", "MWh", 1, null,
                    null, null, null));

        assertThat(rows).extracting(GrantRow::municipalityCode).containsExactly("0484", "0484");
        assertThat(rows.get(0).organisationNumber()).isEqualTo("212000-0379");
    }

    @Test
    void onlyTheFirstSheetIsReadAndBlankRowsAreIgnored() throws Exception {
        read(GrantTestWorkbooks.standard()
            .standardRow("", "A kommun", "Kommun", "Total energianvändning", "MWh", 1, null, null)
            .row("", " ", null)
            .standardRow("", "B kommun", "Kommun", "Total energianvändning", "MWh", 2, null, null));

        assertThat(rows).extracting(GrantRow::row).containsExactly(2L, 4L);
        assertThat(rejections).isEmpty();
    }

    @Test
    void missingRequiredColumnStopsWithFileRowAndColumn() throws Exception {
        List<String> header = new ArrayList<>(GrantTestWorkbooks.STANDARD_HEADER);
        header.remove("Mål 2020 (%)");

        assertThatThrownBy(() -> read(GrantTestWorkbooks.withHeader(header)))
            .isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.file()).isEqualTo(SHOWN);
                assertThat(e.line()).isEqualTo(1L);
                assertThat(e.column()).isEqualTo("Mål 2020 (%)");
                assertThat(e.getMessage()).contains("saknas");
            });
    }

    @Test
    void optionalColumnsMayBeAbsent() throws Exception {
        read(GrantTestWorkbooks.withHeader(GrantWorkbookReader.REQUIRED)
            .row("0880", "Kalmar kommun", "Kommun", 2010, "Total energianvändning", "MWh", 5, 10, 20));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.baseYear()).isNull();
            assertThat(r.baseYearValue()).isNull();
            assertThat(r.organisationNumber()).isEmpty();
        });
    }

    @Test
    void fileThatIsNotAWorkbookStopsWithItsName() throws Exception {
        Path file = dir.resolve("ees-2011.xlsx");
        Files.writeString(file, "Organisation;Typ\nLund;Kommun\n");

        assertThatThrownBy(() -> new GrantWorkbookReader().read(file, "ees/ees-2011.xlsx", rows::add, rejections::add))
            .isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.file()).isEqualTo("ees/ees-2011.xlsx");
                assertThat(e.getMessage()).contains("ees/ees-2011.xlsx").contains("inte en läsbar Excel-arbetsbok");
            });
    }

    @Test
    void missingFileStopsWithItsName() {
        assertThatThrownBy(() -> new GrantWorkbookReader().read(dir.resolve("nope.xlsx"), "ees/nope.xlsx", rows::add,
                rejections::add))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("ees/nope.xlsx");
    }

    @Test
    void demoWorkbookWithInlineStringsReadsEveryRow() {
        Path demo = Path.of("input/ees/ees-2010.xlsx");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(demo), "demo workbook not present");

        GrantWorkbookReader.Result result = new GrantWorkbookReader().read(demo, SHOWN, rows::add, rejections::add);

        assertThat(result.rows()).isEqualTo(770);
        assertThat(rejections).isEmpty();
        assertThat(rows).extracting(GrantRow::countyCouncil).contains(true, false);
    }

}
