package se.ukrapport.normalize;

import java.math.BigDecimal;
import se.ukrapport.domain.survey.EnergyUnit;
import se.ukrapport.support.ParsedNumber;

/**
 * An energy answer after the unit rule.
 *
 * @param mwh the amount in MWh; null when the answer is not usable
 * @param unit the unit the amount was read in
 * @param basis why it was read in that unit
 * @param number how the text parsed as a number
 */
public record EnergyReading(BigDecimal mwh, EnergyUnit unit, Basis basis, ParsedNumber number) {

    public enum Basis {

        /**
         * A bare number in the unit the question asked for: taken at face value, not
         * listed.
         */
        AS_ASKED,
        /** The answer names its unit: that unit wins. */
        EXPLICIT_UNIT,
        /**
         * A bare non-zero number below 1 000 where kWh was asked: implausible as kWh,
         * read as MWh.
         */
        ASSUMED_MWH,
        /** Two different units in one answer, or no usable number. */
        UNUSABLE

    }

    public boolean usable() {
        return mwh != null;
    }

    /** Every answer not taken at face value goes to the data-quality appendix. */
    public boolean flagged() {
        return basis == Basis.EXPLICIT_UNIT || basis == Basis.ASSUMED_MWH;
    }
}
