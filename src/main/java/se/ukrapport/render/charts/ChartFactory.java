package se.ukrapport.render.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.PageLayout;

/**
 * Draws a chart of the document model with JFreeChart: horizontal bars for shares,
 * stacked horizontal bars for a scale's distribution per cluster. Swedish number form on
 * the axis and labels; the report's typeface; opaque colours only (no transparency).
 */
public final class ChartFactory {

    /** Width of a chart in points: the text width of an A4 page with 2,5 cm margins. */
    public static final float WIDTH = 450f;

    private static final Color[] PALETTE = { new Color(0x1F4E79), new Color(0x2E75B6), new Color(0x9DC3E6),
            new Color(0xC55A11), new Color(0xF4B183), new Color(0x548235), new Color(0xA9D18E), new Color(0x7F7F7F),
            new Color(0xBF9000) };

    private ChartFactory() {
    }

    /**
     * The tallest chart: 70 % of a page's text height, so that a chart with its section
     * heading, its introducing sentence and its caption (all kept together) still fits
     * under a chapter's heading and opening paragraph. A taller chart would be pushed to
     * the next page and leave the chapter's opening alone on a near-empty page; many bars
     * get thinner instead.
     */
    public static final float MAX_HEIGHT = 0.7f * (PageLayout.PAGE_HEIGHT - 2 * PageLayout.MARGIN);

    /**
     * Height in points that fits the chart's categories and legend, at most
     * {@link #MAX_HEIGHT}.
     */
    public static float height(Chart chart) {
        int bars = chart.categories().size() * (chart.kind() == Chart.Kind.BAR ? chart.series().size() : 1);
        float legend = chart.kind() == Chart.Kind.STACKED || chart.series().size() > 1 ? 40f : 0f;
        return Math.min(MAX_HEIGHT, Math.max(120f, 50f + bars * 22f + legend));
    }

    public static JFreeChart create(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Chart.Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                double v = i < s.values().size() ? s.values().get(i).doubleValue() : 0;
                data.addValue(v, s.name(), chart.categories().get(i));
            }
        }
        boolean stacked = chart.kind() == Chart.Kind.STACKED;
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        NumberFormat swedish = NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("sv-SE"));
        swedish.setMaximumFractionDigits(0);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        // Value labels: beside the end of a bar, vertically centred, in dark text; inside
        // a stacked
        // bar's segment, white on dark fills, none on segments too narrow to hold one.
        renderer.setDefaultItemLabelGenerator(new Labels("{2}" + unitSuffix(chart), swedish, stacked ? 3.5 : 0));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ReportFonts.awt(false, 8f));
        renderer.setItemLabelAnchorOffset(3);
        if (stacked) {
            renderer
                .setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            for (int i = 0; i < chart.series().size(); i++) {
                renderer.setSeriesItemLabelPaint(i, dark(PALETTE[i % PALETTE.length]) ? Color.WHITE : Color.BLACK);
            }
        }
        else {
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setDefaultItemLabelPaint(Color.BLACK);
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(ReportFonts.awt(false, 8f));
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryMargin(0.15);
        NumberAxis values = new NumberAxis(chart.unit());
        values.setLabelFont(ReportFonts.awt(false, 8f));
        values.setTickLabelFont(ReportFonts.awt(false, 8f));
        values.setNumberFormatOverride(swedish);
        if ("%".equals(chart.unit())) {
            values.setRange(0, 100);
        }
        else {
            values.setUpperMargin(0.15);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBFBFBF));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        JFreeChart c = new JFreeChart(null, ReportFonts.awt(true, 10f), plot, stacked || chart.series().size() > 1);
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        LegendTitle legend = c.getLegend();
        if (legend != null) {
            legend.setItemFont(ReportFonts.awt(false, 8f));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return c;
    }

    /**
     * Whether white text has more contrast than black on this fill (WCAG relative
     * luminance).
     */
    public static boolean dark(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return 1.05 / (l + 0.05) > (l + 0.05) / 0.05;
    }

    private static double linear(int channel) {
        double v = channel / 255d;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The report's value labels; values under {@code hideBelow} get none. */
    private static final class Labels extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;

        private final double hideBelow;

        Labels(String format, NumberFormat numbers, double hideBelow) {
            super(format, numbers);
            this.hideBelow = hideBelow;
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (v == null || v.doubleValue() < hideBelow || v.doubleValue() == 0 && hideBelow > 0) {
                return null;
            }
            return super.generateLabel(dataset, row, column);
        }

    }

    private static String unitSuffix(Chart chart) {
        return "%".equals(chart.unit()) ? "\u00a0%" : "";
    }

    /** A PNG at {@code scale} × the chart's size in points (for Word; 4 ≈ 300 dpi). */
    public static byte[] png(Chart chart, int scale) {
        int w = Math.round(WIDTH);
        int h = Math.round(height(chart));
        BufferedImage img = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            create(chart).draw(g, new Rectangle2D.Double(0, 0, w, h));
        }
        finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
