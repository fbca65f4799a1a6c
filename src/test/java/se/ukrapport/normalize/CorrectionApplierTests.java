package se.ukrapport.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.UnitNote;

class CorrectionApplierTests {

    private static final MunicipalityRegistry REGISTRY = new MunicipalityRegistry(
            List.of(new Municipality("1490", "Borås", "Storstad", true, false, 2),
                    new Municipality("1281", "Lund", "Storstad", false, false, 3),
                    new Municipality("0861", "Mönsterås", "Kalmar", false, true, 4)));

    private static CodebookColumn column(String code, ColumnType type, List<AnswerOption> options, String unit) {
        return new CodebookColumn(code, "Fråga " + code, type, options, type == ColumnType.ENERGY ? "El" : "", unit,
                "5.1", type == ColumnType.ENERGY ? EnergyDirection.DECREASE : null, "", 2);
    }

    private static final Codebook CODEBOOK = new Codebook(
            List.of(column("id", ColumnType.ID, List.of(), ""), column("kommun", ColumnType.KOMMUN, List.of(), ""),
                    column("q01", ColumnType.SINGLE, List.of(new AnswerOption("1", "Ja"), new AnswerOption("2", "Nej")),
                            ""),
                    column("q03", ColumnType.NUMBER, List.of(), ""),
                    column("q04_el_minskning", ColumnType.ENERGY, List.of(), "kWh"),
                    column("q05", ColumnType.TEXT, List.of(), "")));

    /**
     * The stored answers as a map: municipality → code → raw answer; records what is
     * applied.
     */
    static final class InMemoryAnswers implements CorrectionApplier.StoredAnswers {

        record Applied(long line, String comment, String date, String before, Answer corrected, UnitNote note) {
        }

        final Map<String, Map<String, String>> raw = new LinkedHashMap<>();

        final List<Applied> applied = new ArrayList<>();

        InMemoryAnswers answer(String municipality, String code, String value) {
            raw.computeIfAbsent(municipality, k -> new LinkedHashMap<>()).put(code, value);
            return this;
        }

        @Override
        public boolean isRespondent(String municipality) {
            return raw.containsKey(municipality);
        }

        @Override
        public Optional<String> rawAnswer(String municipality, String code) {
            return Optional.ofNullable(raw.getOrDefault(municipality, Map.of()).get(code));
        }

        @Override
        public void applyCorrection(long line, String comment, String date, String before, Answer corrected,
                UnitNote note) {
            applied.add(new Applied(line, comment, date, before, corrected, note));
        }

    }

    @TempDir
    Path input;

    private final InMemoryAnswers store = new InMemoryAnswers().answer("Borås", "kommun", "Borås")
        .answer("Borås", "id", "17")
        .answer("Borås", "q01", "1")
        .answer("Borås", "q03", " 1200 ")
        .answer("Borås", "q04_el_minskning", "350")
        .answer("Lund", "kommun", "Lund")
        .answer("Lund", "q03", "5");

    private void corrections(String... lines) throws IOException {
        Files.writeString(input.resolve(CorrectionFile.FILE), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private CorrectionApplier.Result apply() {
        return new CorrectionApplier(REGISTRY, CODEBOOK, store).apply(input);
    }

    private InputException failure() {
        return catchThrowableOfType(InputException.class, this::apply);
    }

    @Test
    void withoutACorrectionFileNothingIsApplied() {
        // given an input folder without rattelser.csv
        // when corrections are applied
        CorrectionApplier.Result r = apply();

        // then none are, and the store is not touched
        assertThat(r.applied()).isZero();
        assertThat(store.applied).isEmpty();
    }

    @Test
    void anEmptyCorrectionFileIsNoCorrections() throws IOException {
        Files.writeString(input.resolve(CorrectionFile.FILE), "");

        assertThat(apply().applied()).isZero();
        assertThat(store.applied).isEmpty();
    }

    @Test
    void aNumberCorrectionReplacesTheAnswerWithItsLineCommentAndFormerValue() throws IOException {
        // given Borås answered " 1200 " to q03
        corrections("kommun;kod;varde;kommentar", "Borås;q03; 1 250 ;Siffran bekräftad per telefon");

        // when the correction is applied
        CorrectionApplier.Result r = apply();

        // then the store gets the line, the comment, the stripped former answer and the
        // new answer
        assertThat(r.applied()).isEqualTo(1);
        assertThat(store.applied).hasSize(1);
        InMemoryAnswers.Applied a = store.applied.get(0);
        assertThat(a.line()).isEqualTo(2);
        assertThat(a.comment()).isEqualTo("Siffran bekräftad per telefon");
        assertThat(a.before()).isEqualTo("1200");
        assertThat(a.corrected().municipality()).isEqualTo("Borås");
        assertThat(a.corrected().code()).isEqualTo("q03");
        assertThat(a.corrected().raw()).isEqualTo("1 250");
        assertThat(a.corrected().number()).isEqualByComparingTo("1250");
        assertThat(a.corrected().usable()).isTrue();
        assertThat(a.note()).isNull();
    }

    @Test
    void anEnergyCorrectionIsTakenAtFaceValueAndNoted() throws IOException {
        // given Borås answered 350 (assumed MWh) to a kWh question
        corrections("kommun;kod;varde;kommentar", "Borås;q04_el_minskning;800;avsåg kWh");

        apply();

        // then 800 is kWh as asked, and the unit appendix calls it a correction
        InMemoryAnswers.Applied a = store.applied.get(0);
        assertThat(a.before()).isEqualTo("350");
        assertThat(a.corrected().number()).isEqualByComparingTo("0.8");
        assertThat(a.note().rule()).isEqualTo(UnitNote.RULE_CORRECTION);
        assertThat(a.note().interpretation()).isEqualTo("rättelse, frågans enhet kWh");
    }

    @Test
    void municipalityAndCodeAreMatchedAsTheRegistryAndCodebookSpellThem() throws IOException {
        corrections("kommun;kod;varde", " BORÅS ;Q01;Nej");

        apply();

        Answer corrected = store.applied.get(0).corrected();
        assertThat(corrected.municipality()).isEqualTo("Borås");
        assertThat(corrected.code()).isEqualTo("q01");
        assertThat(corrected.value()).isEqualTo("2");
        // the comment column is optional
        assertThat(store.applied.get(0).comment()).isEmpty();
    }

    @Test
    void anEmptyValueWithdrawsTheAnswer() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Lund;q03;;svaret var felaktigt");

        assertThat(apply().applied()).isEqualTo(1);

        Answer corrected = store.applied.get(0).corrected();
        assertThat(corrected.usable()).isFalse();
        assertThat(corrected.number()).isNull();
    }

    @Test
    void correctionsAreAppliedInFileOrderAndCounted() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Borås;q03;1300;", ";;;", "Lund;q03;6;", "Borås;q01;2;");

        CorrectionApplier.Result r = apply();

        assertThat(r.applied()).isEqualTo(3);
        assertThat(store.applied).extracting(InMemoryAnswers.Applied::line).containsExactly(2L, 4L, 5L);
    }

    @Test
    void grantAndStrategyCorrectionsAreLeftToTheirOwnSteps() throws IOException {
        // given corrections of grant figures and strategies, which this step does not own
        corrections("kommun;kod;varde;kommentar", "Borås;ees:Total energianvändning:2010;123;",
                "Borås;EES:Lokaler:2011;45;", "Lund;strategi;2010–2014;", "Hofors;strategi;2010–2014;");

        // then none of them is applied, and none is checked here (Hofors is not in
        // kommuner.csv)
        assertThat(apply().applied()).isZero();
        assertThat(store.applied).isEmpty();
    }

    @Test
    void aCorrectionOfAnUnknownMunicipalityNamesTheLine() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Borås;q03;1300;", "Hofors;q03;12;");

        InputException e = failure();

        assertThat(e.file()).isEqualTo("rattelser.csv");
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.column()).isEqualTo("kommun");
        assertThat(e.problem()).isEqualTo("rättelsen gäller \"Hofors\", som inte finns i kommuner.csv");
    }

    @Test
    void aCorrectionOfAnUnknownCodeNamesTheCode() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Borås;q99;12;");

        InputException e = failure();

        assertThat(e.line()).isEqualTo(2L);
        assertThat(e.column()).isEqualTo("kod");
        assertThat(e.problem()).isEqualTo("rättelsen gäller koden \"q99\", som inte finns i kodboken");
    }

    @Test
    void theColumnsThatIdentifyAnAnswerCannotBeCorrected() throws IOException {
        corrections("kommun;kod;varde", "Borås;kommun;Lund");
        assertThat(failure().problem()).isEqualTo("kolumnen kommun identifierar svaret och kan inte rättas");

        corrections("kommun;kod;varde", "Borås;ID;18");
        InputException e = failure();
        assertThat(e.column()).isEqualTo("kod");
        assertThat(e.problem()).isEqualTo("kolumnen id identifierar svaret och kan inte rättas");
    }

    @Test
    void aCorrectionOfAMunicipalityThatDidNotAnswerNamesTheMunicipality() throws IOException {
        corrections("kommun;kod;varde", "Mönsterås;q03;12");

        InputException e = failure();

        assertThat(e.column()).isEqualTo("kommun");
        assertThat(e.problem()).isEqualTo("rättelsen matchar inget svar: Mönsterås har inte besvarat enkäten");
        assertThat(store.applied).isEmpty();
    }

    @Test
    void aCorrectionOfAColumnTheExportLacksNamesTheCode() throws IOException {
        corrections("kommun;kod;varde", "Lund;q05;Ny text");

        InputException e = failure();

        assertThat(e.column()).isEqualTo("kod");
        assertThat(e.problem()).isEqualTo("rättelsen matchar inget svar: Lund har ingen kolumn q05 i enkätexporten");
    }

    @Test
    void anUnusableCorrectionValueStopsTheRunSayingWhy() throws IOException {
        corrections("kommun;kod;varde", "Borås;q03; många ");

        InputException e = failure();

        assertThat(e.line()).isEqualTo(2L);
        assertThat(e.column()).isEqualTo("varde");
        assertThat(e.problem())
            .isEqualTo("rättelsens värde \"många\" går inte att använda för q03: inget tal i svaret");
        assertThat(store.applied).isEmpty();
    }

    @Test
    void aCorrectionFileWithoutAValueColumnStopsTheRun() throws IOException {
        corrections("kommun;kod;nytt", "Borås;q03;12");

        InputException e = failure();

        assertThat(e.line()).isEqualTo(1L);
        assertThat(e.column()).isEqualTo("varde");
    }

    @Test
    void aMisspelledCodeGetsTheCodeItWasProbablyMeantToBe() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Borås;q04_el_minsknig;12;");

        InputException e = failure();

        assertThat(e.getMessage()).contains("q04_el_minsknig").contains("menade du q04_el_minskning?");
        assertThat(store.applied).isEmpty();
    }

}
