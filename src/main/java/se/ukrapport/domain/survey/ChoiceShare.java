package se.ukrapport.domain.survey;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How many respondents in a cluster gave one answer option: a row of data/aggregat.csv.
 *
 * @param base for single/scale: respondents with an answer to the question; for multi:
 * all respondents
 */
public record ChoiceShare(String question, String cluster, String option, int count, int base) {

    /** The cluster name of all respondents together, last in every per-cluster table. */
    public static final String ALL = "Samtliga";

    /** 100 × count / base, unrounded; null when the base is 0. */
    public BigDecimal percent() {
        if (base == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(base), MathContext.DECIMAL64);
    }
}
