package se.ukrapport.render.csv;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.ukrapport.support.NumberFormats;
import se.ukrapport.render.OutputNames;
import se.ukrapport.render.model.Block;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * data/&lt;id&gt;.csv for every table and figure of the report: the numbers behind it in
 * the data files' form (decimal comma, no thousands separator, ASCII minus), so Excel
 * reads them as numbers even where the report shows "16 766,7" or "88 %".
 */
public final class ModelDataExport {

    /** "16 766,7", "−15 919,6", "88 %": a number as the report shows it. */
    private static final Pattern DISPLAY_NUMBER = Pattern
        .compile("^[\u2212-]?\\d{1,3}(?:[\u00a0 ]\\d{3})*(?:,\\d+)?(?:[\u00a0 ]%)?$");

    private ModelDataExport() {
    }

    public static int write(Path dataDir, ReportDocument doc) {
        int files = 0;
        for (Chapter c : doc.chapters()) {
            for (Block b : c.blocks()) {
                if (b instanceof Table t) {
                    List<List<String>> rows = new ArrayList<>();
                    for (List<String> r : t.rows()) {
                        rows.add(r.stream().map(ModelDataExport::cell).toList());
                    }
                    List<String> header = t.header().isEmpty() ? List.of() : t.header().get(0);
                    CsvFileWriter.write(OutputNames.file(dataDir, t.id(), "csv", c.id()), header, rows);
                    files++;
                }
                else if (b instanceof Figure f) {
                    Chart chart = f.chart();
                    List<String> header = new ArrayList<>();
                    header.add("kategori");
                    for (Chart.Series s : chart.series()) {
                        header.add(s.name());
                    }
                    List<List<String>> rows = new ArrayList<>();
                    for (int i = 0; i < chart.categories().size(); i++) {
                        List<String> row = new ArrayList<>();
                        row.add(chart.categories().get(i));
                        for (Chart.Series s : chart.series()) {
                            BigDecimal v = i < s.values().size() ? s.values().get(i) : null;
                            row.add(NumberFormats.csv(v, 1));
                        }
                        rows.add(row);
                    }
                    CsvFileWriter.write(OutputNames.file(dataDir, f.id(), "csv", c.id()), header, rows);
                    files++;
                }
            }
        }
        return files;
    }

    static String cell(String display) {
        if (display != null && DISPLAY_NUMBER.matcher(display).matches()) {
            return display.replace("\u00a0", "").replace(" ", "").replace("%", "").replace('\u2212', '-');
        }
        return display;
    }

}
