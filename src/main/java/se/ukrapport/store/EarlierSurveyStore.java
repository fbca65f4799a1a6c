package se.ukrapport.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public static final String SOURCE = "tidigare";

    private final JdbcTemplate jdbc;

    public EarlierSurveyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void clear() {
        jdbc.update("DELETE FROM uk_tidigare_svar");
        jdbc.update("DELETE FROM uk_tidigare_respondent");
        jdbc.update("DELETE FROM uk_tidigare_kod");
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ?", SOURCE);
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

    /** Respondents of one earlier year per cluster of kommuner.csv. */
    public Map<String, Integer> respondentsPerCluster(int year) {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.query("SELECT kluster, COUNT(*) AS n FROM uk_tidigare_respondent WHERE ar = ? GROUP BY kluster", rs -> {
            out.put(rs.getString("kluster"), rs.getInt("n"));
        }, year);
        return out;
    }

    /**
     * Usable answers of one earlier year: report-year code → its (cluster, value, count)
     * rows.
     */
    public Map<String, List<ReportStore.ValueCount>> valueCounts(int year) {
        Map<String, List<ReportStore.ValueCount>> out = new LinkedHashMap<>();
        jdbc.query(
                "SELECT s.kod, r.kluster, s.varde, COUNT(*) AS n FROM uk_tidigare_svar s"
                        + " JOIN uk_tidigare_respondent r ON r.ar = s.ar AND r.kommun = s.kommun"
                        + " WHERE s.ar = ? AND s.anvandbar AND s.varde IS NOT NULL GROUP BY s.kod, r.kluster, s.varde",
                rs -> {
                    out.computeIfAbsent(rs.getString("kod"), k -> new ArrayList<>())
                        .add(new ReportStore.ValueCount(rs.getString("kluster"), rs.getString("varde"),
                                rs.getInt("n")));
                }, year);
        return out;
    }

    /**
     * The usable numbers of one report-year code in one earlier year, per cluster,
     * sorted.
     */
    public List<ReportStore.ClusterNumber> numbers(int year, String code) {
        return jdbc.query(
                "SELECT r.kluster, s.tal FROM uk_tidigare_svar s"
                        + " JOIN uk_tidigare_respondent r ON r.ar = s.ar AND r.kommun = s.kommun"
                        + " WHERE s.ar = ? AND s.kod = ? AND s.anvandbar AND s.tal IS NOT NULL ORDER BY s.tal",
                (rs, n) -> new ReportStore.ClusterNumber(rs.getString("kluster"), rs.getBigDecimal("tal")), year, code);
    }

}
