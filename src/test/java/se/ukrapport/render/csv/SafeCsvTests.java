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

}
