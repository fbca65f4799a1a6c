package se.ukrapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTests {

    private static final String NBSP = "\u00a0";

    private static final String MINUS = "\u2212";

    /**
     * Test data writes the no-break space as "_" and U+2212 as "~", so the table stays
     * readable.
     */
    private static String typeset(String s) {
        return s.replace("_", NBSP).replace("~", MINUS);
    }

    @ParameterizedTest(name = "{0} with {1} decimals → \"{2}\"")
    @CsvSource(delimiter = '|',
            value = { "16766.74|1|16_766,7", "1234567|0|1_234_567", "999|0|999", "1000|0|1_000", "100000|0|100_000",
                    "0|0|0", "0.05|1|0,1", "2.5|0|3", "123456|2|123_456,00", "0.123456|4|0,1235", "-15000|0|~15_000",
                    "-1234.5|0|~1_235", "-0.5|0|~1", "1E+3|0|1_000" })
    void reportTextGroupsThousandsWithNoBreakSpacesAndUsesADecimalComma(String value, int decimals, String expected) {
        // given a number and a number of decimals
        // when it is written for the report's text
        String text = NumberFormats.text(new BigDecimal(value), decimals);

        // then it is rounded half-up and written the Swedish way
        assertThat(text).isEqualTo(typeset(expected));
    }

    @Test
    void aNegativeNumberRoundedToZeroHasNoMinus() {
        assertThat(NumberFormats.text(new BigDecimal("-0.04"), 1)).isEqualTo("0,0");
        assertThat(NumberFormats.text(new BigDecimal("-0.4"), 0)).isEqualTo("0");
    }

    @Test
    void decimalsAreNeverGrouped() {
        assertThat(NumberFormats.text(new BigDecimal("1234.56789"), 5)).isEqualTo("1" + NBSP + "234,56789");
    }

    @Test
    void noValueIsWrittenAsAnEnDashInText() {
        assertThat(NumberFormats.text(null, 1)).isEqualTo("–");
        assertThat(NumberFormats.percent(null, 0)).isEqualTo("–");
    }

    @ParameterizedTest(name = "{0} with {1} decimals → \"{2}\"")
    @CsvSource(delimiter = '|', value = { "88|0|88_%", "87.5|0|88_%", "12.345|1|12,3_%", "100|0|100_%",
            "1234.5|1|1_234,5_%", "-3.25|1|~3,3_%" })
    void aPercentageHasANoBreakSpaceBeforeThePercentSign(String value, int decimals, String expected) {
        assertThat(NumberFormats.percent(new BigDecimal(value), decimals)).isEqualTo(typeset(expected));
    }

    @ParameterizedTest(name = "{0} with {1} decimals → \"{2}\"")
    @CsvSource(delimiter = '|', value = { "16766.74|1|16766,7", "1234567|0|1234567", "-1234.5|0|-1235", "2.5|0|3",
            "0.05|2|0,05", "12|2|12,00", "1E+3|0|1000" })
    void dataFilesHaveADecimalCommaNoGroupingAndAnAsciiMinus(String value, int decimals, String expected) {
        assertThat(NumberFormats.csv(new BigDecimal(value), decimals)).isEqualTo(expected);
    }

    @Test
    void noValueIsAnEmptyCellInDataFiles() {
        assertThat(NumberFormats.csv(null, 1)).isEmpty();
    }

}
