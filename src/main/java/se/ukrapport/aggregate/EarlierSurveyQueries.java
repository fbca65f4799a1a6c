package se.ukrapport.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.aggregate.SurveyQueries.ClusterNumber;
import se.ukrapport.aggregate.SurveyQueries.ValueCount;

/**
 * The aggregation queries over the earlier survey years (uk_tidigare_*), already under
 * the report year's codes and in today's clusters, so {@link YearComparison} counts them
 * as it counts the report year.
 */
public class EarlierSurveyQueries {

    private final JdbcTemplate jdbc;

    public EarlierSurveyQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    public Map<String, List<ValueCount>> valueCounts(int year) {
        Map<String, List<ValueCount>> out = new LinkedHashMap<>();
        jdbc.query(
                "SELECT s.kod, r.kluster, s.varde, COUNT(*) AS n FROM uk_tidigare_svar s"
                        + " JOIN uk_tidigare_respondent r ON r.ar = s.ar AND r.kommun = s.kommun"
                        + " WHERE s.ar = ? AND s.anvandbar AND s.varde IS NOT NULL GROUP BY s.kod, r.kluster, s.varde",
                rs -> {
                    out.computeIfAbsent(rs.getString("kod"), k -> new ArrayList<>())
                        .add(new ValueCount(rs.getString("kluster"), rs.getString("varde"), rs.getInt("n")));
                }, year);
        return out;
    }

    /**
     * The usable numbers of one report-year code in one earlier year, per cluster,
     * sorted.
     */
    public List<ClusterNumber> numbers(int year, String code) {
        return jdbc.query(
                "SELECT r.kluster, s.tal FROM uk_tidigare_svar s"
                        + " JOIN uk_tidigare_respondent r ON r.ar = s.ar AND r.kommun = s.kommun"
                        + " WHERE s.ar = ? AND s.kod = ? AND s.anvandbar AND s.tal IS NOT NULL ORDER BY s.tal",
                (rs, n) -> new ClusterNumber(rs.getString("kluster"), rs.getBigDecimal("tal")), year, code);
    }

}
