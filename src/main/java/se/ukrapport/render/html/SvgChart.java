package se.ukrapport.render.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.ukrapport.support.NumberFormats;
import se.ukrapport.render.model.Chart;

/**
 * Draws a chart of the document model as inline SVG for the HTML edition: horizontal bars
 * (grouped when there are several series) or stacked horizontal bars. Category labels sit
 * above their bars rather than beside them, so the chart stays legible when a phone
 * scales it down to its width. Coordinates are computed here, in user units of a 400 wide
 * view box; text widths are estimated from the character count, which is enough for
 * labels of a sans-serif face at 11–12 px.
 */
final class SvgChart {

    static final int WIDTH = 400;

    /**
     * The report's palette (as in the Word and PDF charts); text on each in a colour that
     * contrasts.
     */
    private static final String[] PALETTE = { "#1F4E79", "#2E75B6", "#9DC3E6", "#C55A11", "#F4B183", "#548235",
            "#A9D18E", "#7F7F7F", "#BF9000" };

    private static final boolean[] DARK = { true, true, false, true, false, true, false, true, false };

    private static final double CHAR = 6.6;

    private static final int LABEL_LINE = 15;

    private static final int BAR = 14;

    private static final int STACK_BAR = 20;

    private static final int BAR_GAP = 3;

    private static final int CATEGORY_GAP = 10;

    private static final int LEGEND_LINE = 16;

    private static final int MAX_LABEL_CHARS = (int) (WIDTH / 6.9);

    private final Chart chart;

    private final StringBuilder body = new StringBuilder();

    private double y;

    private SvgChart(Chart chart) {
        this.chart = chart;
    }

    /** The {@code <svg>} element, labelled by {@code alt} for screen readers. */
    static String svg(Chart chart, String alt) {
        return new SvgChart(chart).draw(alt);
    }

    /** A value as the chart labels it: "46 %", "16 767 MWh", "−3". */
    static String valueLabel(BigDecimal v, String unit) {
        if ("%".equals(unit)) {
            return NumberFormats.percent(v, 0);
        }
        String n = NumberFormats.text(v, 0);
        return unit == null || unit.isBlank() ? n : n + "\u00a0" + unit;
    }

    private String draw(String alt) {
        y = 4;
        boolean stacked = chart.kind() == Chart.Kind.STACKED;
        if (stacked || chart.series().size() > 1) {
            legend();
        }
        if (stacked) {
            stackedBars();
        }
        else {
            groupedBars();
        }
        double height = Math.max(y + 4, 24);
        return "<svg class=\"diagram\" role=\"img\" aria-label=\"" + Html.escape(alt) + "\" viewBox=\"0 0 " + WIDTH
                + " " + Html.coord(height) + "\" width=\"" + WIDTH + "\" height=\"" + Html.coord(height)
                + "\" preserveAspectRatio=\"xMinYMin meet\">\n<title>" + Html.escape(alt) + "</title>\n" + body
                + "</svg>\n";
    }

    private void legend() {
        double x = 0;
        double lineY = y;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            double w = 10 + 4 + name.length() * CHAR + 12;
            if (x > 0 && x + w > WIDTH) {
                x = 0;
                lineY += LEGEND_LINE;
            }
            body.append("<rect x=\"")
                .append(Html.coord(x))
                .append("\" y=\"")
                .append(Html.coord(lineY + 2))
                .append("\" width=\"10\" height=\"10\" fill=\"")
                .append(color(s))
                .append("\"/>");
            text(x + 14, lineY + 11, name, "start", 11, "#1a1a1a");
            x += w;
        }
        y = lineY + LEGEND_LINE + 6;
    }

    private void groupedBars() {
        double max = 0;
        double min = 0;
        int longest = 0;
        for (Chart.Series s : chart.series()) {
            for (BigDecimal v : s.values()) {
                max = Math.max(max, v.doubleValue());
                min = Math.min(min, v.doubleValue());
                longest = Math.max(longest, valueLabel(v, chart.unit()).length());
            }
        }
        if ("%".equals(chart.unit()) && min >= 0) {
            // Shares are drawn against the whole, as in the printed report's 0–100 axis.
            max = Math.max(max, 100);
        }
        if (max == 0 && min == 0) {
            max = 1;
        }
        double labelRoom = longest * CHAR + 6;
        double left = min < 0 ? labelRoom : 0;
        double plot = WIDTH - labelRoom - left;
        double scale = plot / (max - min);
        double zero = left + (-min) * scale;
        double top = y;
        for (int c = 0; c < chart.categories().size(); c++) {
            categoryLabel(chart.categories().get(c));
            for (int s = 0; s < chart.series().size(); s++) {
                BigDecimal v = value(s, c);
                double len = Math.abs(v.doubleValue()) * scale;
                double x = v.signum() < 0 ? zero - len : zero;
                rect(x, y, len, BAR, color(s));
                String label = valueLabel(v, chart.unit());
                if (v.signum() < 0) {
                    text(x - 3, y + BAR - 3, label, "end", 11, "#1a1a1a");
                }
                else {
                    text(x + len + 3, y + BAR - 3, label, "start", 11, "#1a1a1a");
                }
                y += BAR + BAR_GAP;
            }
            y += CATEGORY_GAP;
        }
        if (min < 0) {
            body.append("<line x1=\"")
                .append(Html.coord(zero))
                .append("\" y1=\"")
                .append(Html.coord(top))
                .append("\" x2=\"")
                .append(Html.coord(zero))
                .append("\" y2=\"")
                .append(Html.coord(y))
                .append("\" stroke=\"#7F7F7F\" stroke-width=\"1\"/>\n");
        }
    }

    private void stackedBars() {
        double max = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            double sum = 0;
            for (int s = 0; s < chart.series().size(); s++) {
                sum += Math.max(0, value(s, c).doubleValue());
            }
            max = Math.max(max, sum);
        }
        if ("%".equals(chart.unit())) {
            max = Math.max(max, 100);
        }
        if (max == 0) {
            max = 1;
        }
        double scale = WIDTH / max;
        for (int c = 0; c < chart.categories().size(); c++) {
            categoryLabel(chart.categories().get(c));
            double x = 0;
            for (int s = 0; s < chart.series().size(); s++) {
                BigDecimal v = value(s, c);
                if (v.signum() <= 0) {
                    continue;
                }
                double len = v.doubleValue() * scale;
                rect(x, y, len, STACK_BAR, color(s));
                String label = valueLabel(v, chart.unit());
                if (label.length() * CHAR + 4 <= len) {
                    text(x + len / 2, y + STACK_BAR - 6, label, "middle", 11,
                            DARK[s % DARK.length] ? "#ffffff" : "#1a1a1a");
                }
                x += len;
            }
            y += STACK_BAR + CATEGORY_GAP;
        }
    }

    private BigDecimal value(int series, int category) {
        List<BigDecimal> values = chart.series().get(series).values();
        return category < values.size() && values.get(category) != null ? values.get(category) : BigDecimal.ZERO;
    }

    private void categoryLabel(String label) {
        for (String line : wrap(label, MAX_LABEL_CHARS)) {
            y += LABEL_LINE - 3;
            text(0, y, line, "start", 12, "#1a1a1a");
            y += 3;
        }
        y += 2;
    }

    private void rect(double x, double top, double w, double h, String fill) {
        body.append("<rect x=\"")
            .append(Html.coord(x))
            .append("\" y=\"")
            .append(Html.coord(top))
            .append("\" width=\"")
            .append(Html.coord(w))
            .append("\" height=\"")
            .append(Html.coord(h))
            .append("\" fill=\"")
            .append(fill)
            .append("\"/>\n");
    }

    private void text(double x, double baseline, String text, String anchor, int size, String fill) {
        body.append("<text x=\"")
            .append(Html.coord(x))
            .append("\" y=\"")
            .append(Html.coord(baseline))
            .append("\" font-size=\"")
            .append(size)
            .append('"');
        if (!"start".equals(anchor)) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        body.append(" fill=\"").append(fill).append("\">").append(Html.escape(text)).append("</text>\n");
    }

    private static String color(int series) {
        return PALETTE[series % PALETTE.length];
    }

    /**
     * Splits a label at spaces into lines of at most {@code width} characters (longer
     * words alone).
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

}
