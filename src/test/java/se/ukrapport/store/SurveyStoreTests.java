package se.ukrapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.Respondent;
import se.ukrapport.domain.survey.RespondentAnswers;

/**
 * Empty cells of the export are not stored, yet a correction can still name one, and a
 * column the export lacks is still told apart from an empty cell.
 */
class SurveyStoreTests {

    private JdbcTemplate jdbc;

    private SurveyStore store;

    @BeforeEach
    void database() {
        jdbc = StoreTestDatabase.fresh("surveystore");
        store = new SurveyStore(jdbc, new QualityStore(jdbc));
        store.clear();
        store.saveRespondents(List.of(respondent("Borås", 2, new Answer("Borås", "q01", "1", "1", null, true),
                new Answer("Borås", "q03", "", null, null, false), new Answer("Borås", "q05", "  ", null, null, false)),
                respondent("Lund", 3, new Answer("Lund", "q01", "", null, null, false),
                        new Answer("Lund", "q03", "12", null, new BigDecimal("12"), true),
                        new Answer("Lund", "q05", "Vi har en plan.", "Vi har en plan.", null, true))));
    }

    private static RespondentAnswers respondent(String name, long line, Answer... answers) {
        return new RespondentAnswers(new Respondent(name, "Storstad", "", line), List.of(answers), List.of(),
                List.of());
    }

    @Test
    void storesOnlyCellsWithSomethingInThem() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM uk_svar", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT kod FROM uk_enkatkolumn ORDER BY kod", String.class))
            .containsExactly("q01", "q03", "q05");
    }

    @Test
    void anEmptyCellIsAnEmptyAnswerAndAMissingColumnOrRespondentIsNone() {
        assertThat(store.rawAnswer("Borås", "q01")).contains("1");
        assertThat(store.rawAnswer("Borås", "q03")).contains("");
        assertThat(store.rawAnswer("Borås", "q05")).contains("");
        assertThat(store.rawAnswer("Borås", "q99")).isEmpty();
        assertThat(store.rawAnswer("Mönsterås", "q01")).isEmpty();
    }

    @Test
    void aCorrectionOfAnEmptyCellAddsTheAnswer() {
        store.applyCorrection(2, "telefon", "2011-06-01", "",
                new Answer("Borås", "q03", "40", null, new BigDecimal("40"), true), null);
        store.applyCorrection(3, "telefon", "2011-06-01", "12",
                new Answer("Lund", "q03", "13", null, new BigDecimal("13"), true), null);

        assertThat(store.rawAnswer("Borås", "q03")).contains("40");
        assertThat(store.rawAnswer("Lund", "q03")).contains("13");
        assertThat(jdbc.queryForList("SELECT tal FROM uk_svar WHERE kod = 'q03' AND anvandbar ORDER BY kommun",
                BigDecimal.class))
            .extracting(BigDecimal::intValue)
            .containsExactly(40, 13);
    }

}
