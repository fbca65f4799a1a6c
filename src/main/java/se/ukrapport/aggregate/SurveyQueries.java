package se.ukrapport.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.survey.OpenAnswer;

/**
 * The aggregation queries over the report year's stored answers: the database groups and
 * counts, {@link SurveyAggregator} arranges the counts into tables. Only usable answers
 * count.
 */
public class SurveyQueries {

    private final JdbcTemplate jdbc;

    public SurveyQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ValueCount(String cluster, String value, int count) {
    }

    public record ClusterNumber(String cluster, BigDecimal value) {
    }

    public record EnergySum(BigDecimal mwh, int municipalities) {
    }

    /** Respondents per cluster. */
    public Map<String, Integer> respondentsPerCluster() {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.query("SELECT kluster, COUNT(*) AS n FROM uk_respondent GROUP BY kluster", rs -> {
            out.put(rs.getString("kluster"), rs.getInt("n"));
        });
        return out;
    }

    /**
     * Per column, (cluster, value) → count of usable answers. One query for all columns:
     * the aggregation asks for ~100, and a query per column read the answers of every
     * municipality again.
     */
    public Map<String, List<ValueCount>> valueCounts(List<String> codes) {
        Map<String, List<ValueCount>> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        jdbc.query("SELECT s.kod, r.kluster, s.varde, COUNT(*) AS n FROM uk_svar s"
                + " JOIN uk_respondent r ON r.kommun = s.kommun" + " WHERE s.kod IN (" + placeholders(codes)
                + ") AND s.anvandbar GROUP BY s.kod, r.kluster, s.varde", rs -> {
                    out.computeIfAbsent(rs.getString("kod"), k -> new ArrayList<>())
                        .add(new ValueCount(rs.getString("kluster"), rs.getString("varde"), rs.getInt("n")));
                }, codes.toArray());
        return out;
    }

    /** The usable numbers of one column, per cluster, sorted. */
    public List<ClusterNumber> numbers(String code) {
        return jdbc.query(
                "SELECT r.kluster, s.tal FROM uk_svar s JOIN uk_respondent r ON r.kommun = s.kommun"
                        + " WHERE s.kod = ? AND s.anvandbar AND s.tal IS NOT NULL ORDER BY s.tal",
                (rs, n) -> new ClusterNumber(rs.getString("kluster"), rs.getBigDecimal("tal")), code);
    }

    /**
     * Sum of usable MWh over a set of columns, and how many municipalities answered any
     * of them.
     */
    public EnergySum energySum(List<String> codes) {
        if (codes.isEmpty()) {
            return new EnergySum(BigDecimal.ZERO, 0);
        }
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(tal), 0) AS summa, COUNT(DISTINCT kommun) AS antal"
                        + " FROM uk_svar WHERE anvandbar AND tal IS NOT NULL AND kod IN (" + placeholders(codes) + ")",
                (rs, n) -> new EnergySum(rs.getBigDecimal("summa"), rs.getInt("antal")), codes.toArray());
    }

    /** One usable answer: its column, municipality, option value and number. */
    public record UsableAnswer(String code, String municipality, String value, BigDecimal number) {
    }

    /**
     * The usable answers of these columns, in one query (by the index on kod). The cross
     * tables pair an option column with a number column per municipality from these in
     * memory: a self-join per pair of columns looked up every municipality's row again
     * for each of the ~100 pairs.
     */
    public List<UsableAnswer> usableAnswers(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT kod, kommun, varde, tal FROM uk_svar WHERE anvandbar AND kod IN (" + placeholders(codes) + ")",
                (rs, n) -> new UsableAnswer(rs.getString("kod"), rs.getString("kommun"), rs.getString("varde"),
                        rs.getBigDecimal("tal")),
                codes.toArray());
    }

    /** Non-empty open answers of one column: municipality → text. */
    public List<OpenAnswer> openAnswers(String code) {
        return jdbc.query("SELECT kommun, varde FROM uk_svar WHERE kod = ? AND anvandbar AND varde IS NOT NULL",
                (rs, n) -> new OpenAnswer(rs.getString("kommun"), rs.getString("varde")), code);
    }

    /** Every respondent with its open answer to one column ("" where it left none). */
    public List<OpenAnswer> openAnswersOfAll(String code) {
        return jdbc.query(
                "SELECT r.kommun, s.varde FROM uk_respondent r"
                        + " LEFT JOIN uk_svar s ON s.kommun = r.kommun AND s.kod = ? AND s.anvandbar",
                (rs, n) -> new OpenAnswer(rs.getString("kommun"),
                        rs.getString("varde") == null ? "" : rs.getString("varde")),
                code);
    }

    /**
     * Respondents with a usable answer in at least one of these columns (a ticked multi
     * option).
     */
    public int respondentsWithAny(List<String> codes) {
        if (codes.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject(
                "SELECT COUNT(DISTINCT kommun) FROM uk_svar WHERE anvandbar AND kod IN (" + placeholders(codes) + ")",
                Integer.class, codes.toArray());
    }

    /** "?, ?, ?" for an IN list of these values. */
    private static String placeholders(List<String> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }

}
