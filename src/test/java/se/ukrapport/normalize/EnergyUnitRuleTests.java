package se.ukrapport.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.ukrapport.normalize.EnergyReading.Basis;
import se.ukrapport.domain.survey.EnergyUnit;

class EnergyUnitRuleTests {

    private final EnergyUnitRule rule = new EnergyUnitRule(EnergyUnit.KWH);

    @ParameterizedTest(name = "\"{0}\" → {1} MWh ({2})")
    @CsvSource(delimiter = '|', value = {
            // explicit unit wins, any case
            "40 000 kWh|40|EXPLICIT_UNIT", "2361540 KWH|2361.54|EXPLICIT_UNIT", "15350940 kwh|15350.94|EXPLICIT_UNIT",
            "37 MWh|37|EXPLICIT_UNIT", "199,6 mwh|199.6|EXPLICIT_UNIT", "2,3 GWh|2300|EXPLICIT_UNIT",
            "12,5 gwh|12500|EXPLICIT_UNIT", "5,2 GWh|5200|EXPLICIT_UNIT", "500 kWh|0.5|EXPLICIT_UNIT",
            // bare numbers: kWh as asked from 1 000 up
            "1000|1|AS_ASKED", "1 000|1|AS_ASKED", "3461920|3461.92|AS_ASKED", "16.953.200|16953.2|AS_ASKED",
            "-15 000|-15|AS_ASKED", "0|0|AS_ASKED",
            // bare non-zero below 1 000: implausible as kWh, read as MWh
            "999|999|ASSUMED_MWH", "999,9|999.9|ASSUMED_MWH", "350|350|ASSUMED_MWH", "36,5|36.5|ASSUMED_MWH",
            "-500|-500|ASSUMED_MWH", "0,5|0.5|ASSUMED_MWH", })
    void normalisesToMwh(String answer, String mwh, Basis basis) {
        EnergyReading r = rule.answer(answer);
        assertThat(r.usable()).isTrue();
        assertThat(r.mwh()).isEqualByComparingTo(new BigDecimal(mwh));
        assertThat(r.basis()).isEqualTo(basis);
    }

    @Test
    void boundaryBetweenAssumedMwhAndKwh() {
        assertThat(rule.answer("999").basis()).isEqualTo(Basis.ASSUMED_MWH);
        assertThat(rule.answer("1000").basis()).isEqualTo(Basis.AS_ASKED);
        assertThat(rule.answer("-999").basis()).isEqualTo(Basis.ASSUMED_MWH);
        assertThat(rule.answer("-1000").mwh()).isEqualByComparingTo("-1");
    }

    @Test
    void onlyAssumedAndExplicitAnswersAreFlagged() {
        assertThat(rule.answer("350").flagged()).isTrue();
        assertThat(rule.answer("2 000 kWh").flagged()).isTrue();
        assertThat(rule.answer("2000").flagged()).isFalse();
        assertThat(rule.answer("0").flagged()).isFalse();
    }

    @Test
    void correctionIsTakenAtFaceValue() {
        assertThat(rule.correction("800").mwh()).isEqualByComparingTo("0.8");
        assertThat(rule.correction("800").basis()).isEqualTo(Basis.AS_ASKED);
        assertThat(rule.correction("1 500 MWh").mwh()).isEqualByComparingTo("1500");
    }

    @Test
    void noNumberIsNoAnswerNotZero() {
        assertThat(rule.answer("Vet ej").usable()).isFalse();
        assertThat(rule.answer("-").usable()).isFalse();
        assertThat(rule.answer("").usable()).isFalse();
    }

    @Test
    void twoDifferentUnitsAreUnusable() {
        assertThat(rule.answer("300 MWh (300 000 kWh)").usable()).isFalse();
    }

    @Test
    void questionAskingForMwhHasNoBelowThousandAssumption() {
        EnergyUnitRule mwhRule = new EnergyUnitRule(EnergyUnit.MWH);
        EnergyReading r = mwhRule.answer("350");
        assertThat(r.basis()).isEqualTo(Basis.AS_ASKED);
        assertThat(r.mwh()).isEqualByComparingTo("350");
    }

}
