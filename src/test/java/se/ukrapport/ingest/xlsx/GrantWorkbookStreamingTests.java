package se.ukrapport.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.grants.GrantMembership;
import se.ukrapport.aggregate.GrantTargetAggregator;
import se.ukrapport.domain.grants.GrantTargetSummary;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;

/**
 * A workbook of 100 000 rows goes through reader and aggregator without being held in
 * memory.
 */
class GrantWorkbookStreamingTests {

    private static final int ROWS = 100_000;

    @TempDir
    Path dir;

    @Test
    void hundredThousandRowsStreamThroughReaderAndAggregator() throws Exception {
        Path file = dir.resolve("ees-2012.xlsx");
        // SXSSF writes row by row too, so the test itself stays small.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Rapportering");
            Row h = sheet.createRow(0);
            for (int i = 0; i < GrantWorkbookReader.REQUIRED.size(); i++) {
                h.createCell(i).setCellValue(GrantWorkbookReader.REQUIRED.get(i));
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("");
                row.createCell(1).setCellValue("Kommun " + r);
                row.createCell(2).setCellValue("Kommun");
                row.createCell(3).setCellValue(2012);
                row.createCell(4).setCellValue("Total energianvändning");
                row.createCell(5).setCellValue("kWh");
                row.createCell(6).setCellValue(r);
                row.createCell(7).setCellValue(r % 2 == 0 ? 10 : 20);
            }
            wb.write(out);
        }

        GrantTargetAggregator aggregator = new GrantTargetAggregator(
                new MunicipalityRegistry(List.of(new Municipality("0880", "Kalmar", "Kalmar", false, false, 2))));
        AtomicLong rejected = new AtomicLong();
        GrantWorkbookReader.Result result = new GrantWorkbookReader().read(file, "ees/ees-2012.xlsx", aggregator,
                j -> rejected.incrementAndGet());

        assertThat(result.rows()).isEqualTo(ROWS);
        assertThat(rejected).hasValue(0);
        GrantTargetSummary others = aggregator.summaries()
            .stream()
            .filter(s -> s.group().equals(GrantMembership.OTHERS))
            .findFirst()
            .orElseThrow();
        assertThat(others.count()).isEqualTo(ROWS);
        assertThat(others.mean2014()).isEqualByComparingTo("15");
        assertThat(others.mean2020()).isNull();
    }

}
