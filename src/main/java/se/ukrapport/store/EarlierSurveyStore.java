package se.ukrapport.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.EarlierCodebook;
import se.ukrapport.normalize.EarlierSurveyNormalizer.EarlierRespondent;

/**
 * The earlier survey years in the job repository (schema.sql, uk_tidigare_*): the column
 * mappings, the respondents in today's clusters and their answers under the report year's
 * codes.
 */
public class EarlierSurveyStore {

    /** The source of the earlier years' lines of kvalitet/avvisade.csv. */
    public static final String SOURCE = QualityStore.SOURCE_EARLIER;

    private final JdbcTemplate jdbc;

    private final QualityStore quality;

    public EarlierSurveyStore(JdbcTemplate jdbc, QualityStore quality) {
        this.jdbc = jdbc;
        this.quality = quality;
    }

    public void clear() {
        jdbc.update("DELETE FROM uk_tidigare_svar");
        jdbc.update("DELETE FROM uk_tidigare_respondent");
        jdbc.update("DELETE FROM uk_tidigare_kod");
        quality.clearRejections(SOURCE);
    }

    public void saveMappings(EarlierCodebook codebook) {
        List<Object[]> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : codebook.mappings()) {
            rows.add(new Object[] { codebook.year(), e.getKey(), e.getValue(), i++ });
        }
        jdbc.batchUpdate("INSERT INTO uk_tidigare_kod (ar, kod_ar, kod, ordning) VALUES (?, ?, ?, ?)", rows);
    }

    public void saveRespondents(List<EarlierRespondent> respondents) {
        List<Object[]> people = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (EarlierRespondent r : respondents) {
            people.add(new Object[] { r.year(), r.municipality(), r.cluster() });
            for (Answer a : r.answers()) {
                answers.add(new Object[] { r.year(), r.municipality(), a.code(), a.value(), a.number(), a.usable() });
            }
        }
        jdbc.batchUpdate("INSERT INTO uk_tidigare_respondent (ar, kommun, kluster) VALUES (?, ?, ?)", people);
        jdbc.batchUpdate(
                "INSERT INTO uk_tidigare_svar (ar, kommun, kod, varde, tal, anvandbar) VALUES (?, ?, ?, ?, ?, ?)",
                answers);
    }

    /** A mapping as stored: year, earlier code, report-year code. */
    public record Mapping(int year, String earlierCode, String code) {
    }

    public List<Mapping> mappings() {
        return jdbc.query("SELECT ar, kod_ar, kod FROM uk_tidigare_kod ORDER BY ar, ordning",
                (rs, n) -> new Mapping(rs.getInt("ar"), rs.getString("kod_ar"), rs.getString("kod")));
    }

}
