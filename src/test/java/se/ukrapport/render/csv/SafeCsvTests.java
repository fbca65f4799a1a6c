package se.ukrapport.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.TargetCategory;

/**
 * Published data files cannot carry a formula into the reader's Excel; numbers stay
 * numbers.
 */
class SafeCsvTests {

    @TempDir
    Path dir;

    @Test
    void everyCsvFileNeutralisesFormulaTextButKeepsNegativeNumbers() throws Exception {
        Path file = dir.resolve("kvalitet/avvisade.csv");
        CsvFileWriter.write(file, List.of("fil", "varde", "mwh"),
                List.of(List.of("enkat-2011.csv", "=cmd|' /C calc'!A0", "-15919,6"),
                        List.of("@evil", "+1-2", "-6295,4"), List.of("Lerum", "\t=1", "12,5")));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufefffil;varde;mwh\r\n");
        assertThat(CsvRows.read(file)).containsExactly(List.of("enkat-2011.csv", "'=cmd|' /C calc'!A0", "-15919,6"),
                List.of("'@evil", "'+1-2", "-6295,4"), List.of("Lerum", "'\t=1", "12,5"));
    }

    @Test
    void targetFilesNeutraliseTextInCsvAndWorkbookAndKeepNumbersTyped() throws Exception {
        MunicipalTarget t = new MunicipalTarget("=Lerum", TargetCategory.values()[0],
                "-Energianvändningen ska minska med 20 % till 2020.", new BigDecimal("20"), "minska", 2008, 2020,
                "@egen verksamhet", "");
        TargetDataExport.write(dir, List.of(t), LocalDate.of(2012, 3, 1));

        List<List<String>> csv = CsvRows.read(dir.resolve("mal.csv"));
        assertThat(csv.get(0)).startsWith("'=Lerum")
            .contains("'-Energianvändningen ska minska med 20 % till 2020.", "20", "2008", "2020", "'@egen verksamhet");
        try (InputStream in = Files.newInputStream(dir.resolve("mal.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFRow row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=Lerum");
            assertThat(row.getCell(2).getStringCellValue()).startsWith("'-Energianvändningen");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("'@egen verksamhet");
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(20.0);
            for (int c = 0; c < row.getLastCellNum(); c++) {
                assertThat(row.getCell(c).getCellType()).isNotEqualTo(CellType.FORMULA);
            }
        }
    }

    /**
     * The streamed workbook (SXSSF) keeps what the unit filters and reads by: the bold,
     * frozen header row, the autofilter over every row, wrapped target text, the column
     * widths and the report's date as its creation date.
     */
    @Test
    void targetWorkbookKeepsHeaderFilterAndLayoutForManyRows() throws Exception {
        List<MunicipalTarget> targets = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            targets.add(new MunicipalTarget("Kommun " + (i % 7), TargetCategory.values()[0],
                    "Energianvändningen ska minska med " + i + " % till 2020.", new BigDecimal(i), "minska", 2008, 2020,
                    "egen verksamhet", ""));
        }
        TargetDataExport.write(dir, targets, LocalDate.of(2012, 3, 1));

        try (InputStream in = Files.newInputStream(dir.resolve("mal.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Mål");
            assertThat(sheet.getLastRowNum()).isEqualTo(450);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I451");
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(450).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(2)).isEqualTo(80 * 256);
            assertThat(sheet.getRow(450).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wb.getProperties().getCoreProperties().getCreated())
                .isEqualTo(java.util.Date.from(java.time.Instant.parse("2012-03-01T00:00:00Z")));
        }
    }

}
