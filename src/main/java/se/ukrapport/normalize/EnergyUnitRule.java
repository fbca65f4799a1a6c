package se.ukrapport.normalize;

import java.math.BigDecimal;
import java.util.Set;
import se.ukrapport.domain.survey.EnergyUnit;
import se.ukrapport.support.NumberParser;
import se.ukrapport.support.ParsedNumber;

/**
 * The kWh/MWh rule of input-formats.md. Municipalities were asked for kWh, and some
 * answered in MWh; every answer becomes MWh:
 * <ol>
 * <li>an explicit unit in the answer (kWh, MWh, GWh, any case) wins;</li>
 * <li>a bare number is in the asked unit, except — when kWh was asked — a bare non-zero
 * number whose absolute value is below 1 000, which is implausible as kWh for a
 * municipality's own organisation and is read as MWh ("antagen MWh");</li>
 * <li>a correction (rattelser.csv) is taken at face value: rule 2's exception never
 * applies;</li>
 * <li>text without a number is no answer, not zero; {@code 0} is an answer; signs are
 * kept.</li>
 * </ol>
 */
public final class EnergyUnitRule {

    /** Below this absolute value a bare kWh answer is read as MWh. */
    public static final BigDecimal PLAUSIBLE_KWH = new BigDecimal("1000");

    private final EnergyUnit asked;

    /**
     * @param asked the unit the question asked for (the codebook's {@code enhet}); kWh
     * when unknown
     */
    public EnergyUnitRule(EnergyUnit asked) {
        this.asked = asked == null ? EnergyUnit.KWH : asked;
    }

    public static EnergyUnitRule forCodebookUnit(String enhet) {
        return new EnergyUnitRule(EnergyUnit.parse(enhet).orElse(EnergyUnit.KWH));
    }

    /** A respondent's answer. */
    public EnergyReading answer(String text) {
        return read(text, false);
    }

    /** A value from rattelser.csv: face value, no below-1 000 assumption. */
    public EnergyReading correction(String text) {
        return read(text, true);
    }

    private EnergyReading read(String text, boolean correction) {
        ParsedNumber n = NumberParser.parse(text);
        Set<EnergyUnit> units = EnergyUnit.findIn(text);
        if (!n.usable() || units.size() > 1) {
            return new EnergyReading(null, null, EnergyReading.Basis.UNUSABLE, n);
        }
        BigDecimal value = n.value();
        if (units.size() == 1) {
            EnergyUnit u = units.iterator().next();
            return new EnergyReading(u.toMwh(value), u, EnergyReading.Basis.EXPLICIT_UNIT, n);
        }
        if (!correction && asked == EnergyUnit.KWH && value.signum() != 0 && value.abs().compareTo(PLAUSIBLE_KWH) < 0) {
            return new EnergyReading(value, EnergyUnit.MWH, EnergyReading.Basis.ASSUMED_MWH, n);
        }
        return new EnergyReading(asked.toMwh(value), asked, EnergyReading.Basis.AS_ASKED, n);
    }

}
