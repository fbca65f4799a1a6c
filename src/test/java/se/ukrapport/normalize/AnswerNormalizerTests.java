package se.ukrapport.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.domain.survey.NormalizedAnswer;
import se.ukrapport.domain.survey.UnitNote;

class AnswerNormalizerTests {

    private static final String KOMMUN = "Borås";

    private final AnswerNormalizer normalizer = new AnswerNormalizer();

    static CodebookColumn column(String code, ColumnType type, List<AnswerOption> options, String label, String unit) {
        return new CodebookColumn(code, "Fråga " + code, type, options, label, unit, "5.1",
                type == ColumnType.ENERGY ? EnergyDirection.DECREASE : null, label, 2);
    }

    static final CodebookColumn SINGLE = column("q01", ColumnType.SINGLE, List.of(new AnswerOption("1", "Ja"),
            new AnswerOption("2", "Delvis"), new AnswerOption("3", "Till viss del"), new AnswerOption("4", "Nej")), "",
            "");
    static final CodebookColumn SCALE = column("q02", ColumnType.SCALE, List.of(new AnswerOption("1", "Mycket dåligt"),
            new AnswerOption("2", "Dåligt"), new AnswerOption("3", "Bra")), "", "");
    static final CodebookColumn MULTI = column("q03_sol", ColumnType.MULTI, List.of(), "Solceller", "");
    static final CodebookColumn NUMBER = column("q04", ColumnType.NUMBER, List.of(), "", "");
    static final CodebookColumn ENERGY_KWH = column("q05_el_minskning", ColumnType.ENERGY, List.of(), "El", "kWh");
    static final CodebookColumn ENERGY_MWH = column("q06_el_minskning", ColumnType.ENERGY, List.of(), "El", "MWh");
    static final CodebookColumn ENERGY_NO_UNIT = column("q07_el_minskning", ColumnType.ENERGY, List.of(), "El", "");
    static final CodebookColumn TEXT = column("q08", ColumnType.TEXT, List.of(), "", "");

    // --- single and scale
    // ---------------------------------------------------------------------

    @Test
    void anOptionValueIsTakenAsTheAnswer() {
        // given a single-choice column with options 1–4
        // when a respondent answers with a value
        NormalizedAnswer n = normalizer.answer(SINGLE, KOMMUN, " 2 ");

        // then the option's value is the answer and the typed text is kept as raw
        assertThat(n.answer().value()).isEqualTo("2");
        assertThat(n.answer().raw()).isEqualTo(" 2 ");
        assertThat(n.answer().usable()).isTrue();
        assertThat(n.answer().number()).isNull();
        assertThat(n.answer().municipality()).isEqualTo(KOMMUN);
        assertThat(n.answer().code()).isEqualTo("q01");
        assertThat(n.unitNote()).isNull();
        assertThat(n.rejectionReason()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|',
            value = { "Delvis|2", "DELVIS|2", "nej|4", "Till\u00a0viss\u00a0del|3", "  Ja\u00a0|1" })
    void anOptionLabelInAnyCaseIsTakenAsItsValue(String typed, String value) {
        // given an export that writes labels instead of codes
        // when the label is typed, in any case, with no-break spaces
        NormalizedAnswer n = normalizer.answer(SINGLE, KOMMUN, typed);

        // then it is the option with that label
        assertThat(n.answer().value()).isEqualTo(value);
        assertThat(n.answer().usable()).isTrue();
        assertThat(n.rejectionReason()).isNull();
    }

    @Test
    void aScaleIsReadLikeASingleChoice() {
        assertThat(normalizer.answer(SCALE, KOMMUN, "3").answer().value()).isEqualTo("3");
        assertThat(normalizer.answer(SCALE, KOMMUN, "dåligt").answer().value()).isEqualTo("2");
        assertThat(normalizer.answer(SCALE, KOMMUN, "4").rejectionReason())
            .isEqualTo("inget av svarsalternativen (1, 2, 3)");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "\u00a0" })
    void anEmptySingleChoiceIsNoAnswerNotARejection(String typed) {
        // given an empty cell
        NormalizedAnswer n = normalizer.answer(SINGLE, KOMMUN, typed);

        // then there is no answer, and nothing to reject
        assertThat(n.answer().value()).isNull();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.rejectionReason()).isNull();
    }

    @Test
    void aNullCellIsAnEmptyAnswer() {
        NormalizedAnswer n = normalizer.answer(SINGLE, KOMMUN, null);

        assertThat(n.answer().raw()).isEmpty();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.rejectionReason()).isNull();
    }

    @Test
    void aValueOutsideTheOptionsIsRejectedListingTheValues() {
        // given options 1–4
        // when the respondent typed 5
        NormalizedAnswer n = normalizer.answer(SINGLE, KOMMUN, "5");

        // then the answer is unusable and rejected, naming the allowed values
        assertThat(n.answer().value()).isNull();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.answer().raw()).isEqualTo("5");
        assertThat(n.rejectionReason()).isEqualTo("inget av svarsalternativen (1, 2, 3, 4)");
    }

    // --- multi
    // ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "1", "x", "X", "ja", "Ja", "j", "yes", " 1 ", "Solceller", "SOLCELLER" })
    void aTickOrTheOptionsOwnLabelIsTicked(String typed) {
        // given a multi column standing for the option "Solceller"
        NormalizedAnswer n = normalizer.answer(MULTI, KOMMUN, typed);

        // then the box is ticked: value "1"
        assertThat(n.answer().value()).isEqualTo("1");
        assertThat(n.answer().usable()).isTrue();
        assertThat(n.rejectionReason()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "0", "nej", "NEJ", "n", "no", "\u00a0" })
    void anEmptyOrNegativeBoxIsNotTicked(String typed) {
        NormalizedAnswer n = normalizer.answer(MULTI, KOMMUN, typed);

        assertThat(n.answer().value()).isNull();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.rejectionReason()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2", "kanske", "Vindkraft" })
    void anUnknownBoxValueIsRejected(String typed) {
        NormalizedAnswer n = normalizer.answer(MULTI, KOMMUN, typed);

        assertThat(n.answer().usable()).isFalse();
        assertThat(n.answer().value()).isNull();
        assertThat(n.rejectionReason()).isEqualTo("kryssruta med okänt värde (1 = kryssad, tom = inte kryssad)");
    }

    // --- number
    // ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|',
            value = { "12|12", "ca 10|10", "5-7|6", "4–8|6", "16 766,7|16766.7", "16\u00a0766,7|16766.7",
                    "1.234.567|1234567", "-15 000|-15000", "år 2009|2009",
                    // a number column has no unit rule: the unit is just text
                    "40 000 kWh|40000" })
    void aNumberAnswerIsReadAsAPersonWouldReadIt(String typed, String number) {
        // given a number column
        NormalizedAnswer n = normalizer.answer(NUMBER, KOMMUN, typed);

        // then the number is the answer; value stays empty
        assertThat(n.answer().number()).isEqualByComparingTo(number);
        assertThat(n.answer().value()).isNull();
        assertThat(n.answer().usable()).isTrue();
        assertThat(n.answer().raw()).isEqualTo(typed);
        assertThat(n.rejectionReason()).isNull();
        assertThat(n.unitNote()).isNull();
    }

    @Test
    void aRangeIsTakenAsItsMidpoint() {
        assertThat(normalizer.answer(NUMBER, KOMMUN, "10 000–20 000").answer().number()).isEqualByComparingTo("15000");
        assertThat(normalizer.answer(NUMBER, KOMMUN, "5-6").answer().number()).isEqualByComparingTo("5.5");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Vet ej", "vet inte.", "-", "Inget svar" })
    void aNumberNonAnswerIsNoAnswerNotARejection(String typed) {
        NormalizedAnswer n = normalizer.answer(NUMBER, KOMMUN, typed);

        assertThat(n.answer().number()).isNull();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.rejectionReason()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|',
            value = { "varierar|inget tal i svaret", "5 eller 10|flera tal i svaret, inte ett intervall",
                    "1 2 3|flera tal i svaret, inte ett intervall",
                    "1234567890123456|talet har fler siffror (över 15) än något rimligt svar" })
    void anUnreadableNumberIsRejectedSayingWhy(String typed, String reason) {
        NormalizedAnswer n = normalizer.answer(NUMBER, KOMMUN, typed);

        assertThat(n.answer().number()).isNull();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.answer().raw()).isEqualTo(typed);
        assertThat(n.rejectionReason()).isEqualTo(reason);
    }

    // --- energy
    // ---------------------------------------------------------------------------------

    @Test
    void aBareEnergyAnswerInTheAskedUnitIsConvertedToMwhWithoutANote() {
        // given a question asking for kWh
        // when the answer is a bare number from 1 000 up
        NormalizedAnswer n = normalizer.answer(ENERGY_KWH, KOMMUN, "2 500");

        // then it is kWh, stored as MWh, and not listed in the unit appendix
        assertThat(n.answer().number()).isEqualByComparingTo("2.5");
        assertThat(n.answer().usable()).isTrue();
        assertThat(n.answer().value()).isNull();
        assertThat(n.unitNote()).isNull();
        assertThat(n.rejectionReason()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1} MWh, {2}")
    @CsvSource(delimiter = '|', value = { "40 000 kWh|40|enhet kWh", "37 MWh|37|enhet MWh", "199,6 mwh|199.6|enhet MWh",
            "2,3 GWh|2300|enhet GWh" })
    void anExplicitUnitWinsAndIsNoted(String typed, String mwh, String interpretation) {
        // given a question asking for kWh
        NormalizedAnswer n = normalizer.answer(ENERGY_KWH, KOMMUN, typed);

        // then the answer's own unit is used and the unit appendix says so
        assertThat(n.answer().number()).isEqualByComparingTo(mwh);
        assertThat(n.unitNote()).isEqualTo(new UnitNote(KOMMUN, ENERGY_KWH.code(), typed, interpretation,
                n.answer().number(), UnitNote.RULE_EXPLICIT));
        assertThat(n.rejectionReason()).isNull();
    }

    @Test
    void aBareKwhAnswerBelowAThousandIsAssumedMwhAndNoted() {
        // given a question asking for kWh
        // when the answer is 350, implausible as kWh
        NormalizedAnswer n = normalizer.answer(ENERGY_KWH, KOMMUN, " 350 ");

        // then it is read as 350 MWh and listed as assumed, with the answer stripped
        assertThat(n.answer().number()).isEqualByComparingTo("350");
        assertThat(n.answer().raw()).isEqualTo(" 350 ");
        assertThat(n.unitNote().answer()).isEqualTo("350");
        assertThat(n.unitNote().interpretation()).isEqualTo("antagen MWh");
        assertThat(n.unitNote().rule()).isEqualTo(UnitNote.RULE_ASSUMED_MWH);
        assertThat(n.unitNote().mwh()).isEqualByComparingTo("350");
        assertThat(n.unitNote().municipality()).isEqualTo(KOMMUN);
        assertThat(n.unitNote().code()).isEqualTo(ENERGY_KWH.code());
    }

    @Test
    void zeroIsAnEnergyAnswerTakenAtFaceValue() {
        NormalizedAnswer n = normalizer.answer(ENERGY_KWH, KOMMUN, "0");

        assertThat(n.answer().usable()).isTrue();
        assertThat(n.answer().number()).isEqualByComparingTo("0");
        assertThat(n.unitNote()).isNull();
    }

    @Test
    void aQuestionAskingForMwhTakesABareNumberAsMwh() {
        NormalizedAnswer n = normalizer.answer(ENERGY_MWH, KOMMUN, "350");

        assertThat(n.answer().number()).isEqualByComparingTo("350");
        assertThat(n.unitNote()).isNull();
    }

    @Test
    void aQuestionWithoutAKnownUnitIsReadAsAskingForKwh() {
        assertThat(normalizer.answer(ENERGY_NO_UNIT, KOMMUN, "2000").answer().number()).isEqualByComparingTo("2");
        assertThat(normalizer.answer(ENERGY_NO_UNIT, KOMMUN, "350").unitNote().rule())
            .isEqualTo(UnitNote.RULE_ASSUMED_MWH);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Vet ej", "-", "  " })
    void anEnergyNonAnswerIsNoAnswerNotZero(String typed) {
        NormalizedAnswer n = normalizer.answer(ENERGY_KWH, KOMMUN, typed);

        assertThat(n.answer().number()).isNull();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.unitNote()).isNull();
        assertThat(n.rejectionReason()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|',
            value = { "1 500 kWh/MWh|olika energienheter i samma svar",
                    "300 MWh (300 000 kWh)|flera tal i svaret, inte ett intervall", "ingen aning|inget tal i svaret",
                    "1234567890123456 kWh|talet har fler siffror (över 15) än något rimligt svar" })
    void anUnusableEnergyAnswerIsRejectedSayingWhy(String typed, String reason) {
        NormalizedAnswer n = normalizer.answer(ENERGY_KWH, KOMMUN, typed);

        assertThat(n.answer().usable()).isFalse();
        assertThat(n.answer().number()).isNull();
        assertThat(n.unitNote()).isNull();
        assertThat(n.rejectionReason()).isEqualTo(reason);
    }

    // --- corrections
    // ----------------------------------------------------------------------------

    @Test
    void aCorrectionInTheAskedUnitIsTakenAtFaceValueAndNoted() {
        // given a question asking for kWh
        // when the programme unit corrects the answer to 800 (below 1 000)
        NormalizedAnswer n = normalizer.correction(ENERGY_KWH, KOMMUN, "800");

        // then it is 800 kWh, not an assumed 800 MWh, and the appendix lists it as a
        // correction
        assertThat(n.answer().number()).isEqualByComparingTo("0.8");
        assertThat(n.unitNote().interpretation()).isEqualTo("rättelse, frågans enhet kWh");
        assertThat(n.unitNote().rule()).isEqualTo(UnitNote.RULE_CORRECTION);
        assertThat(n.unitNote().mwh()).isEqualByComparingTo("0.8");
        assertThat(n.rejectionReason()).isNull();
    }

    @Test
    void aCorrectionWithAUnitIsNotedWithThatUnit() {
        NormalizedAnswer n = normalizer.correction(ENERGY_KWH, KOMMUN, "1 500 MWh");

        assertThat(n.answer().number()).isEqualByComparingTo("1500");
        assertThat(n.unitNote().interpretation()).isEqualTo("rättelse, enhet MWh");
        assertThat(n.unitNote().rule()).isEqualTo(UnitNote.RULE_CORRECTION);
    }

    @Test
    void aCorrectionOfAnMwhQuestionNamesTheQuestionsUnit() {
        NormalizedAnswer n = normalizer.correction(ENERGY_MWH, KOMMUN, "800");

        assertThat(n.answer().number()).isEqualByComparingTo("800");
        assertThat(n.unitNote().interpretation()).isEqualTo("rättelse, frågans enhet MWh");
    }

    @Test
    void aCorrectionOfOtherColumnsIsReadLikeAnAnswer() {
        assertThat(normalizer.correction(NUMBER, KOMMUN, "ca 10").answer().number()).isEqualByComparingTo("10");
        assertThat(normalizer.correction(SINGLE, KOMMUN, "Nej").answer().value()).isEqualTo("4");
        assertThat(normalizer.correction(SINGLE, KOMMUN, "7").rejectionReason())
            .isEqualTo("inget av svarsalternativen (1, 2, 3, 4)");
        assertThat(normalizer.correction(NUMBER, KOMMUN, "").rejectionReason()).isNull();
    }

    // --- open answers and identifying columns
    // -----------------------------------------------------

    @Test
    void anOpenAnswerIsKeptStrippedAsItsValue() {
        NormalizedAnswer n = normalizer.answer(TEXT, KOMMUN, "  Vi har en energiplan.\nDen gäller 2010–2014.  ");

        assertThat(n.answer().value()).isEqualTo("Vi har en energiplan.\nDen gäller 2010–2014.");
        assertThat(n.answer().raw()).isEqualTo("  Vi har en energiplan.\nDen gäller 2010–2014.  ");
        assertThat(n.answer().usable()).isTrue();
        assertThat(n.answer().number()).isNull();
        assertThat(n.rejectionReason()).isNull();
    }

    @Test
    void anOpenAnswerIsNeverRejectedNorReadAsANonAnswer() {
        // "Vet ej" is a no-answer for numbers, but in a text column it is what the
        // respondent wrote
        NormalizedAnswer n = normalizer.answer(TEXT, KOMMUN, "Vet ej");

        assertThat(n.answer().value()).isEqualTo("Vet ej");
        assertThat(n.answer().usable()).isTrue();
        assertThat(n.rejectionReason()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "\u00a0" })
    void anEmptyOpenAnswerIsNoAnswer(String typed) {
        NormalizedAnswer n = normalizer.answer(TEXT, KOMMUN, typed);

        assertThat(n.answer().value()).isNull();
        assertThat(n.answer().usable()).isFalse();
        assertThat(n.rejectionReason()).isNull();
    }

    @Test
    void identifyingAndDateColumnsAreReadAsText() {
        for (ColumnType type : List.of(ColumnType.ID, ColumnType.KOMMUN, ColumnType.DATUM)) {
            CodebookColumn c = column("c", type, List.of(), "", "");
            assertThat(normalizer.answer(c, KOMMUN, " 2011-03-04 ").answer().value()).isEqualTo("2011-03-04");
            assertThat(normalizer.answer(c, KOMMUN, "").answer().usable()).isFalse();
        }
    }

}
