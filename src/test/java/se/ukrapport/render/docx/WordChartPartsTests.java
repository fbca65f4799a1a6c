package se.ukrapport.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.ReportDocument;

/**
 * A chart copied from one made before gives the file the bytes of a chart made anew, and
 * its embedded workbook still holds the data Word's "Redigera data" opens.
 */
class WordChartPartsTests {

    private static final Chart BARS = new Chart(Chart.Kind.BAR, List.of("Storstad", "Landsbygd"),
            List.of(new Chart.Series("Ja", List.of(new BigDecimal("46.2"), new BigDecimal("12")))), "%");

    private static final Chart STACKED = new Chart(Chart.Kind.STACKED, List.of("Storstad", "Glesbygd"),
            List.of(new Chart.Series("Låg", List.of(new BigDecimal("20"), new BigDecimal("50"))),
                    new Chart.Series("Hög", List.of(new BigDecimal("80"), new BigDecimal("50")))),
            "%");

    @Test
    void aCopiedChartGivesTheBytesOfOneMadeAnew() {
        ReportDocument doc = document();
        WordChartParts made = new WordChartParts();
        byte[] first = new DocxWriter(made).write(doc, true, List.of(2, 3));
        assertThat(made.get(BARS)).isNotNull();
        assertThat(made.get(STACKED)).isNotNull();

        byte[] copied = new DocxWriter(made).write(doc, true, List.of(2, 3));
        byte[] chapterCopied = new DocxWriter(made).write(doc.only(doc.chapters().get(1)), false, List.of(2));

        assertThat(copied).isEqualTo(first).isEqualTo(new DocxWriter().write(doc, true, List.of(2, 3)));
        assertThat(chapterCopied).isEqualTo(new DocxWriter().write(doc.only(doc.chapters().get(1)), false, List.of(2)));
    }

    @Test
    void aCopiedChartsWorkbookHoldsItsData() throws Exception {
        ReportDocument doc = document();
        WordChartParts made = new WordChartParts();
        new DocxWriter(made).write(doc, true, List.of(2, 3));

        byte[] copied = new DocxWriter(made).write(doc, true, List.of(2, 3));

        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(copied))) {
            assertThat(d.getCharts()).hasSize(2);
            XWPFChart stacked = d.getCharts().get(1);
            var sheet = stacked.getWorkbook().getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Hög");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Glesbygd");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(50d);
            assertThat(stacked.getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
        }
    }

    private static ReportDocument document() {
        Chapter one = new Chapter("kap01", "Ett", List.of(new Heading(1, "Ett"),
                new Figure("figur-q06", "Andel kommuner med strategi", "Staplar", BARS)));
        Chapter two = new Chapter("bilaga1", "Bilaga 1", List.of(new Heading(1, "Bilaga 1"),
                new Figure("figur-skala", "Bedömning per kluster", "Staplade", STACKED)));
        return new ReportDocument(new ReportDocument.Meta("Uthållig kommun – årsrapport 2011", "Etapp 3",
                "Energimyndigheten", LocalDate.of(2012, 3, 1), "Framställd med uk-rapport."), List.of(one, two));
    }

}
