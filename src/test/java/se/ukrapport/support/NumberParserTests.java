package se.ukrapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTests {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|',
            value = { "6|6", "ca 10|10", "5-7|6", "4–8|6", "10 000–20 000|15000", "16 766,7|16766.7",
                    "1 234 567|1234567", "1\u00a0234\u00a0567|1234567", "50\u00a0000|50000", "1.234.567|1234567",
                    "16.953.200|16953200", "-15 000|-15000", "\u221215 000|-15000", "40 000 kWh|40000", "37 MWh|37",
                    "2,3 GWh|2.3", "497,1MWh|497.1", "0|0", "0,5|0.5", "6 timmar|6", "5 h/vecka|5", "år 2009|2009",
                    "2011 (planerat)|2011", "100 000 kr|100000", "350 MWh/år|350", "ca 4\u00a0200|4200", "1.5|1.5", })
    void readsOneNumberOrOneRange(String text, String expected) {
        ParsedNumber n = NumberParser.parse(text);
        assertThat(n.usable()).as(text).isTrue();
        assertThat(n.value()).as(text).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void aNumberWithMoreDigitsThanAnyAnswerIsTooLongAndExtraDecimalsAreRounded() {
        assertThat(NumberParser.parse("1".repeat(400) + " MWh").kind()).isEqualTo(ParsedNumber.Kind.TOO_LONG);
        assertThat(NumberParser.parse("9".repeat(16)).kind()).isEqualTo(ParsedNumber.Kind.TOO_LONG);
        assertThat(NumberParser.parse("9".repeat(15)).usable()).isTrue();
        assertThat(NumberParser.parse("0," + "3".repeat(5000)).value()).isEqualByComparingTo("0.333333333");
    }

    @Test
    void rangeIsMarkedAsRange() {
        assertThat(NumberParser.parse("5-7").range()).isTrue();
        assertThat(NumberParser.parse("-7").range()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "-", "–", "Vet ej", "vet ej.", "VET INTE" })
    void explicitNonAnswersAreNoAnswer(String text) {
        assertThat(NumberParser.parse(text).kind()).isEqualTo(ParsedNumber.Kind.NO_ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "varierar", "Svårt att säga", "?", "ej beräknat" })
    void textWithoutNumberIsNotUsable(String text) {
        assertThat(NumberParser.parse(text).kind()).isEqualTo(ParsedNumber.Kind.NO_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "5 eller 10", "2008 och 2010", "2011-05-12", "24/7", "2008 2010" })
    void severalNumbersAreNotUsable(String text) {
        assertThat(NumberParser.parse(text).kind()).isEqualTo(ParsedNumber.Kind.SEVERAL);
    }

    @Test
    void digitsGluedToLettersAreNotNumbers() {
        assertThat(NumberParser.parse("minska CO2 med 20").value()).isEqualByComparingTo("20");
    }

}
