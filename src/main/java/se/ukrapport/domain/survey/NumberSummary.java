package se.ukrapport.domain.survey;

import java.math.BigDecimal;

/**
 * Statistics of one number question in one cluster: a row of data/numeriska.csv;
 * unrounded.
 */
public record NumberSummary(String question, String cluster, int n, BigDecimal median, BigDecimal mean, BigDecimal min,
        BigDecimal max) {
}
