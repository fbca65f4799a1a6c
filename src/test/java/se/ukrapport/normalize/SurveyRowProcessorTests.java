package se.ukrapport.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.RespondentAnswers;
import se.ukrapport.domain.survey.SurveyRow;
import se.ukrapport.domain.survey.UnitNote;

class SurveyRowProcessorTests {

    private static final String FILE = "enkat/enkat-2011.csv";

    private static final MunicipalityRegistry REGISTRY = new MunicipalityRegistry(
            List.of(new Municipality("1490", "Borås", "Storstad", true, false, 2),
                    new Municipality("1281", "Lund", "Storstad", false, false, 3),
                    new Municipality("0861", "Mönsterås", "Kalmar", false, true, 4)));

    private static CodebookColumn column(String code, ColumnType type, List<AnswerOption> options, String label,
            String unit, long line) {
        return new CodebookColumn(code, "Fråga " + code, type, options, label, unit, "5.1",
                type == ColumnType.ENERGY ? EnergyDirection.DECREASE : null, label, line);
    }

    private static final CodebookColumn ID = column("id", ColumnType.ID, List.of(), "", "", 2);

    private static final CodebookColumn KOMMUN = column("kommun", ColumnType.KOMMUN, List.of(), "", "", 3);

    private static final CodebookColumn Q01 = column("q01", ColumnType.SINGLE,
            List.of(new AnswerOption("1", "Ja"), new AnswerOption("2", "Nej")), "", "", 4);

    private static final CodebookColumn Q02 = column("q02_sol", ColumnType.MULTI, List.of(), "Solceller", "", 5);

    private static final CodebookColumn Q03 = column("q03", ColumnType.NUMBER, List.of(), "", "", 6);

    private static final CodebookColumn Q04 = column("q04_el_minskning", ColumnType.ENERGY, List.of(), "El", "kWh", 7);

    private static final CodebookColumn Q05 = column("q05", ColumnType.TEXT, List.of(), "", "", 8);

    private static final Codebook CODEBOOK = new Codebook(List.of(ID, KOMMUN, Q01, Q02, Q03, Q04, Q05));

    private final SurveyRowProcessor processor = new SurveyRowProcessor(CODEBOOK, REGISTRY, FILE);

    /** A survey row as the reader gives it: values by codebook code, in export order. */
    private static SurveyRow row(long line, String... codeValuePairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < codeValuePairs.length; i += 2) {
            values.put(codeValuePairs[i], codeValuePairs[i + 1]);
        }
        return new SurveyRow(line, values);
    }

    private static SurveyRow fullRow(long line, String id, String kommun) {
        return row(line, "id", id, "kommun", kommun, "q01", "Ja", "q02_sol", "x", "q03", "ca 10", "q04_el_minskning",
                "40 000 kWh", "q05", "Vi har en plan.");
    }

    @Test
    void aRowBecomesTheRespondentAndOneAnswerPerColumnInExportOrder() {
        // given a complete row for Borås
        // when it is processed
        RespondentAnswers r = processor.process(fullRow(2, " 17 ", "Borås"));

        // then the respondent carries the registry's name and cluster, the stripped id
        // and the line
        assertThat(r.respondent().municipality()).isEqualTo("Borås");
        assertThat(r.respondent().cluster()).isEqualTo("Storstad");
        assertThat(r.respondent().id()).isEqualTo("17");
        assertThat(r.respondent().line()).isEqualTo(2);
        // and every column of the row has its normalised answer, in the row's order
        assertThat(r.answers()).extracting(Answer::code)
            .containsExactly("id", "kommun", "q01", "q02_sol", "q03", "q04_el_minskning", "q05");
        assertThat(r.answers()).extracting(Answer::municipality).containsOnly("Borås");
        assertThat(r.answers()).extracting(Answer::value)
            .containsExactly("17", "Borås", "1", "1", null, null, "Vi har en plan.");
        assertThat(r.answers().get(4).number()).isEqualByComparingTo("10");
        assertThat(r.answers().get(5).number()).isEqualByComparingTo("40");
        assertThat(r.rejections()).isEmpty();
    }

    @Test
    void theMunicipalityIsFoundWhateverItsCaseAndSpacing() {
        // given a name typed in lower case with extra and no-break spaces
        RespondentAnswers r = processor.process(fullRow(2, "", "  mönsterås\u00a0"));

        // then the answers are filed under the name in kommuner.csv
        assertThat(r.respondent().municipality()).isEqualTo("Mönsterås");
        assertThat(r.respondent().cluster()).isEqualTo("Kalmar");
        assertThat(r.answers()).extracting(Answer::municipality).containsOnly("Mönsterås");
    }

    @Test
    void energyAnswersNotTakenAtFaceValueBecomeUnitNotes() {
        RespondentAnswers r = processor.process(row(4, "kommun", "Lund", "q04_el_minskning", "350"));

        assertThat(r.unitNotes()).containsExactly(new UnitNote("Lund", "q04_el_minskning", "350", "antagen MWh",
                r.answers().get(1).number(), UnitNote.RULE_ASSUMED_MWH));
        assertThat(r.answers().get(1).number()).isEqualByComparingTo("350");
    }

    @Test
    void anUnusableAnswerIsRejectedNamingFileLineColumnAndCell() {
        // given a row with an unknown option and an unreadable number
        RespondentAnswers r = processor.process(row(7, "kommun", "Lund", "q01", "Kanske", "q03", "varierar"));

        // then each becomes a rejection that names where it was and what it said
        assertThat(r.rejections()).containsExactly(
                new Rejection(FILE, 7L, "q01", "Kanske", "inget av svarsalternativen (1, 2)", "Lund", "q01"),
                new Rejection(FILE, 7L, "q03", "varierar", "inget tal i svaret", "Lund", "q03"));
        // and the rejected answers are still there, unusable
        assertThat(r.answers()).extracting(Answer::usable).containsExactly(true, false, false);
    }

    @Test
    void aBlankMunicipalityStopsTheRunNamingTheLine() {
        InputException e = catchThrowableOfType(InputException.class, () -> processor.process(fullRow(5, "", "  ")));

        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).isEqualTo(5L);
        assertThat(e.column()).isEqualTo("kommun");
        assertThat(e.problem()).isEqualTo("kommunnamnet är tomt");
    }

    @Test
    void aMissingMunicipalityCellIsBlank() {
        assertThatThrownBy(() -> processor.process(row(3, "q01", "Ja"))).isInstanceOf(InputException.class)
            .extracting(t -> ((InputException) t).problem())
            .isEqualTo("kommunnamnet är tomt");
    }

    @Test
    void anUnknownMunicipalityStopsTheRunNamingIt() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> processor.process(fullRow(6, "", " Hofors ")));

        assertThat(e.line()).isEqualTo(6L);
        assertThat(e.column()).isEqualTo("kommun");
        assertThat(e.problem()).isEqualTo("okänd kommun \"Hofors\": den finns inte i kommuner.csv");
    }

    @Test
    void aMunicipalityAnsweringTwiceStopsTheRunNamingBothLines() {
        // given Borås already answered on line 2
        processor.process(fullRow(2, "", "Borås"));
        processor.process(fullRow(3, "", "Lund"));

        // when it answers again, spelled differently
        InputException e = catchThrowableOfType(InputException.class, () -> processor.process(fullRow(5, "", "BORÅS")));

        // then the run stops naming both lines
        assertThat(e.line()).isEqualTo(5L);
        assertThat(e.column()).isEqualTo("kommun");
        assertThat(e.problem()).isEqualTo("kommunen Borås har svarat två gånger: på rad 2 och på rad 5");
    }

    @Test
    void aRespondentIdUsedTwiceStopsTheRunNamingBothLines() {
        processor.process(fullRow(2, "17", "Borås"));

        InputException e = catchThrowableOfType(InputException.class,
                () -> processor.process(fullRow(4, " 17", "Lund")));

        assertThat(e.line()).isEqualTo(4L);
        assertThat(e.column()).isEqualTo("id");
        assertThat(e.problem()).isEqualTo("respondent-id 17 förekommer två gånger: på rad 2 och på rad 4");
    }

    @Test
    void emptyRespondentIdsAreNotDuplicates() {
        processor.process(fullRow(2, "", "Borås"));

        RespondentAnswers r = processor.process(fullRow(3, " ", "Lund"));

        assertThat(r.respondent().id()).isEmpty();
    }

    @Test
    void aCodebookWithoutAnIdColumnGivesEmptyIds() {
        SurveyRowProcessor noId = new SurveyRowProcessor(new Codebook(List.of(KOMMUN, Q01)), REGISTRY, FILE);

        RespondentAnswers first = noId.process(row(2, "kommun", "Borås", "q01", "1"));
        RespondentAnswers second = noId.process(row(3, "kommun", "Lund", "q01", "2"));

        assertThat(first.respondent().id()).isEmpty();
        assertThat(second.respondent().id()).isEmpty();
    }

    @Test
    void eachProcessorKeepsItsOwnRespondents() {
        // the state is per processor (one per step execution): a new one starts afresh
        processor.process(fullRow(2, "17", "Borås"));

        RespondentAnswers again = new SurveyRowProcessor(CODEBOOK, REGISTRY, FILE).process(fullRow(2, "17", "Borås"));

        assertThat(again.respondent().municipality()).isEqualTo("Borås");
    }

}
