package se.ukrapport.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
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
import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

import se.ukrapport.render.charts.ChartFactory;
import se.ukrapport.render.charts.ReportFonts;
import se.ukrapport.render.model.Chart;

/**
 * Charts as native Word charts (POI XDDF): horizontal clustered or stacked bars whose
 * categories and series live in the chart's embedded workbook, and whose series refer to
 * those cells, so that Word's "Redigera data" opens the numbers and editing them changes
 * the chart. Bars carry value labels in Swedish form ("42 %"), and all chart text is
 * tagged Swedish.
 */
final class WordCharts {

    private static final String[] COLOURS = { "1F4E79", "2E75B6", "9DC3E6", "C55A11", "F4B183", "548235", "A9D18E",
            "7F7F7F", "BF9000" };

    private static final String SWEDISH = "sv-SE";

    private static final int MAX_LABELLED_STACKS = 12;

    /** Chart text in hundredths of a point: the PDF charts' 8 pt. */
    private static final int TEXT_SIZE = 800;

    private WordCharts() {
    }

    /**
     * The value a chart and its workbook hold for a data point: the model's, unrounded,
     * so that a label ("34 %") is rounded once, as the text's figures are;
     * data/&lt;id&gt;.csv holds the same value to one decimal.
     */
    static double value(BigDecimal value) {
        return value == null ? 0d : value.doubleValue();
    }

    /**
     * A chart in the run: copied from {@code made} when a chart of the same data was made
     * before, else made and kept there.
     */
    static XWPFChart add(XWPFDocument doc, XWPFRun run, Chart chart, WordChartParts made)
            throws IOException, InvalidFormatException {
        int w = Units.toEMU(ChartFactory.WIDTH);
        int h = Units.toEMU(ChartFactory.height(chart));
        XWPFChart c = doc.createChart(run, w, h);
        WordChartParts.Parts parts = made.get(chart);
        if (parts != null) {
            synchronized (parts) {
                c.getCTChartSpace().set(parts.space());
            }
            embed(c, parts.workbook());
            return c;
        }
        build(c, chart);
        // The workbook is written once, here, and its bytes embedded, rather than by POI
        // when the document is saved: so they can be kept with the chart XML.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.getWorkbook().write(out);
        c.setWorkbook(null);
        byte[] workbook = out.toByteArray();
        embed(c, workbook);
        made.put(chart, new WordChartParts.Parts((CTChartSpace) c.getCTChartSpace().copy(), workbook));
        return c;
    }

    /**
     * The chart's workbook as its embedded package part, where Word's "Redigera data"
     * opens it: the part and relationship POI makes for a chart's workbook, with the
     * given bytes.
     */
    private static void embed(XWPFChart c, byte[] workbook) throws IOException {
        String name = c.getPackagePart().getPartName().getName();
        int index = Integer.parseInt(name.replaceAll("\\D", ""));
        PackageRelationship rel = c.createRelationshipInChart(XWPFRelation.WORKBOOK, XWPFFactory.getInstance(), index);
        CTChartSpace space = c.getCTChartSpace();
        (space.isSetExternalData() ? space.getExternalData() : space.addNewExternalData()).setId(rel.getId());
        POIXMLDocumentPart part = c.getRelationById(rel.getId());
        try (OutputStream out = part.getPackagePart().getOutputStream()) {
            out.write(workbook);
        }
        // Written: saving the document must not clear it for a commit of its own.
        part.setCommitted(true);
    }

    private static void build(XWPFChart c, Chart chart) throws IOException, InvalidFormatException {
        c.setAutoTitleDeleted(true);
        XDDFCategoryAxis categories = c.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        categories.getOrAddTextProperties().setFontSize(TEXT_SIZE / 100d);
        XDDFValueAxis values = c.createValueAxis(AxisPosition.BOTTOM);
        values.getOrAddTextProperties().setFontSize(TEXT_SIZE / 100d);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        boolean percent = "%".equals(chart.unit());
        if (percent) {
            values.setMinimum(0);
            values.setMaximum(100);
        }
        values.setNumberFormat(percent ? "0\" %\"" : "#,##0");
        if (chart.unit() != null && !chart.unit().isEmpty() && !percent) {
            values.setTitle(chart.unit());
        }

        // The workbook: categories in column A, one column per series, names in row 1.
        int n = chart.categories().size();
        c.setSheetTitle("Kategori", 0);
        String[] cats = chart.categories().toArray(String[]::new);
        XDDFCategoryDataSource catData = XDDFDataSourcesFactory.fromArray(cats,
                c.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFBarChartData data = (XDDFBarChartData) c.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        boolean stacked = chart.kind() == Chart.Kind.STACKED;
        data.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        List<Chart.Series> series = chart.series();
        for (int i = 0; i < series.size(); i++) {
            Double[] vals = new Double[n];
            for (int k = 0; k < n; k++) {
                vals[k] = value(k < series.get(i).values().size() ? series.get(i).values().get(k) : null);
            }
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(vals,
                    c.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(catData, numbers);
            s.setTitle(series.get(i).name(), c.setSheetTitle(series.get(i).name(), i + 1));
            String fill = COLOURS[i % COLOURS.length];
            XDDFShapeProperties props = new XDDFShapeProperties();
            props.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(fill))));
            s.setShapeProperties(props);
            // A stacked chart of many bars (clusters of a large programme) has bars too
            // thin for labels.
            if (!stacked || n <= MAX_LABELLED_STACKS) {
                valueLabels(s.getCTBarSer().addNewDLbls(), percent, stacked,
                        stacked && ChartFactory.dark(new java.awt.Color(Integer.parseInt(fill, 16))));
            }
        }
        c.plot(data);
        if (stacked) {
            overlap(c);
        }
        if (stacked || series.size() > 1) {
            c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        swedish(c);
    }

    /**
     * Each bar's value, in the report's form: "42 %" at the end of a bar, inside a
     * stacked bar's segment (white on dark fills); zero and narrow segments unlabelled.
     */
    private static void valueLabels(CTDLbls labels, boolean percent, boolean stacked, boolean white) {
        var format = labels.addNewNumFmt();
        // Segments of a stacked bar under 4 % are too narrow for their label: the
        // workbook has the value.
        format.setFormatCode(!percent ? "#,##0;-#,##0;;" : stacked ? "[<3.5]\"\";0\" %\"" : "0\" %\";-0\" %\";;");
        format.setSourceLinked(false);
        labels.addNewSpPr().addNewNoFill();
        CTTextBody text = labels.addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        CTTextCharacterProperties rpr = text.addNewP().addNewPPr().addNewDefRPr();
        rpr.setSz(TEXT_SIZE);
        rpr.setLang(SWEDISH);
        if (white) {
            rpr.addNewSolidFill().addNewSrgbClr().setVal(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF });
        }
        labels.addNewDLblPos().setVal(stacked ? STDLblPos.CTR : STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /**
     * Chart text is Swedish and in the report's font: the chart space's language and
     * default text properties, and every run POI wrote (the axis title) re-tagged from
     * its default English.
     */
    private static void swedish(XWPFChart c) {
        var space = c.getCTChartSpace();
        // <c:lang> first in the chart space (POI's lite schemas have no type for it).
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        try (org.apache.xmlbeans.XmlCursor cur = space.newCursor()) {
            if (cur.toFirstChild()) {
                cur.beginElement(new javax.xml.namespace.QName(ns, "lang", "c"));
                cur.insertAttributeWithValue("val", SWEDISH);
            }
        }
        CTTextBody text = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
        if (text.getBodyPr() == null) {
            text.addNewBodyPr();
        }
        if (text.sizeOfPArray() == 0) {
            text.addNewLstStyle();
            CTTextCharacterProperties rpr = text.addNewP().addNewPPr().addNewDefRPr();
            rpr.setSz(TEXT_SIZE);
            rpr.addNewLatin().setTypeface(ReportFonts.WORD_FAMILY);
        }
        XmlObject[] runs = space
            .selectPath("declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' "
                    + ".//a:rPr | .//a:endParaRPr | .//a:defRPr");
        for (XmlObject r : runs) {
            if (r instanceof CTTextCharacterProperties p) {
                p.setLang(SWEDISH);
            }
        }
    }

    private static byte[] hex(String rgb) {
        return new byte[] { (byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16) };
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>}; POI's lite schemas lack that
     * element's type, so it is written with an XmlCursor, right after
     * {@code <c:gapWidth>} as the schema orders it.
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
