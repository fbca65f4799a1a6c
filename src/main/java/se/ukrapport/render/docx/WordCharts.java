package se.ukrapport.render.docx;

import java.io.IOException;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import se.ukrapport.render.charts.ChartFactory;
import se.ukrapport.render.model.Chart;

/**
 * Charts as native Word charts (POI XDDF): horizontal clustered or stacked bars whose data lives in
 * the chart's embedded workbook, so the programme unit can restyle or edit them in Word.
 */
final class WordCharts {

    private static final String[] COLOURS = {"1F4E79", "2E75B6", "9DC3E6", "C55A11", "F4B183", "548235", "A9D18E",
            "7F7F7F", "BF9000"};

    private WordCharts() {
    }

    static XWPFChart add(XWPFDocument doc, XWPFRun run, Chart chart) throws IOException, InvalidFormatException {
        int w = Units.toEMU(ChartFactory.WIDTH);
        int h = Units.toEMU(ChartFactory.height(chart));
        XWPFChart c = doc.createChart(run, w, h);
        c.setAutoTitleDeleted(true);
        XDDFCategoryAxis categories = c.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis values = c.createValueAxis(AxisPosition.BOTTOM);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        if ("%".equals(chart.unit())) {
            values.setMinimum(0);
            values.setMaximum(100);
        }
        values.setNumberFormat("0");
        if (chart.unit() != null && !chart.unit().isEmpty()) {
            values.setTitle(chart.unit());
        }
        String[] cats = chart.categories().toArray(String[]::new);
        XDDFCategoryDataSource catData = XDDFDataSourcesFactory.fromArray(cats);
        XDDFBarChartData data = (XDDFBarChartData) c.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        boolean stacked = chart.kind() == Chart.Kind.STACKED;
        data.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        List<Chart.Series> series = chart.series();
        for (int i = 0; i < series.size(); i++) {
            Double[] vals = new Double[cats.length];
            for (int k = 0; k < cats.length; k++) {
                vals[k] = k < series.get(i).values().size() ? series.get(i).values().get(k).doubleValue() : 0d;
            }
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(vals);
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(catData, numbers);
            s.setTitle(series.get(i).name(), null);
            XDDFShapeProperties props = new XDDFShapeProperties();
            props.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(COLOURS[i % COLOURS.length]))));
            s.setShapeProperties(props);
        }
        c.plot(data);
        if (stacked) {
            overlap(c);
        }
        if (stacked || series.size() > 1) {
            c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        return c;
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }


    /**
     * Stacked bars need {@code <c:overlap val="100"/>}; POI's lite schemas lack that element's type,
     * so it is written with an XmlCursor, right after {@code <c:gapWidth>} as the schema orders it.
     */
    private static void overlap(XWPFChart c) {
        var bar = c.getCTChart().getPlotArea().getBarChartArray(0);
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        try (org.apache.xmlbeans.XmlCursor cur = bar.newCursor()) {
            if (cur.toChild(new javax.xml.namespace.QName(ns, "gapWidth"))) {
                cur.toEndToken();
                cur.toNextToken();
                cur.beginElement(new javax.xml.namespace.QName(ns, "overlap", "c"));
                cur.insertAttributeWithValue("val", "100");
            }
        }
    }
}
