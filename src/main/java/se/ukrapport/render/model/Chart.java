package se.ukrapport.render.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart as data: each writer draws it in its own medium.
 *
 * @param unit the value axis label, e.g. "%" or "MWh"
 */
public record Chart(Kind kind, List<String> categories, List<Series> series, String unit) {

    public enum Kind {

        /** Horizontal bars, one series or grouped. */
        BAR,
        /** Horizontal stacked bars (a scale's distribution per cluster). */
        STACKED

    }

    public record Series(String name, List<BigDecimal> values) {
    }
}
