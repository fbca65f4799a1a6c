package se.ukrapport.domain.survey;

import java.math.BigDecimal;

/**
 * Change of energy use for one carrier (or {@code Totalt}) in MWh: a row of
 * data/energi.csv; unrounded, so the difference is taken before rounding.
 */
public record EnergyBalance(String carrier, BigDecimal increaseMwh, BigDecimal decreaseMwh, int respondents) {

    public static final String TOTAL = "Totalt";

    public BigDecimal differenceMwh() {
        return increaseMwh.subtract(decreaseMwh);
    }
}
