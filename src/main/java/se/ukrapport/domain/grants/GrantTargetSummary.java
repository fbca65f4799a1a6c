package se.ukrapport.domain.grants;

import java.math.BigDecimal;

/**
 * One row of data/ees-mal.csv: for one reporting year, key figure and group, how many
 * rows state at least one reduction target, and the mean of each target over the rows
 * that state it.
 *
 * @param mean2014 unrounded mean of {@code Mål 2014 (%)}; null when no row states it
 * @param mean2020 unrounded mean of {@code Mål 2020 (%)}; null when no row states it
 */
public record GrantTargetSummary(String group, String keyFigure, int year, long count, BigDecimal mean2014,
        BigDecimal mean2020) {
}
