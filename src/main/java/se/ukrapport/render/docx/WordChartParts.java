package se.ukrapport.render.docx;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;

import se.ukrapport.render.model.Chart;

/**
 * Word charts already made, by their data: the chart XML and the embedded workbook. A
 * chart is in the whole report and again in its chapter's file, and in the preview the
 * same charts come back with every re-run; making one through XDDF and XSSF was half of
 * the Word step. The same data gives the same parts, so a chart made once is copied. The
 * most recently used {@value #CAPACITY} charts are kept: about three reports' worth (the
 * demo has 44), since a chart of thousands of municipalities holds an XML tree of
 * megabytes.
 */
public final class WordChartParts {

    static final int CAPACITY = 128;

    /** A made chart: its chart space (read under its own lock) and workbook bytes. */
    record Parts(CTChartSpace space, byte[] workbook) {
    }

    private final Map<Chart, Parts> made = new LinkedHashMap<>(64, 0.75f, true) {

        @Override
        protected boolean removeEldestEntry(Map.Entry<Chart, Parts> eldest) {
            return size() > CAPACITY;
        }

    };

    synchronized Parts get(Chart chart) {
        return made.get(chart);
    }

    synchronized void put(Chart chart, Parts parts) {
        made.put(chart, parts);
    }

}
