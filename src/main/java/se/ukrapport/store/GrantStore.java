package se.ukrapport.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.grants.GrantFigure;
import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.domain.grants.GrantTargetSummary;
import se.ukrapport.domain.grants.PlacedGrantRow;
import se.ukrapport.domain.grants.UnitKind;

/**
 * The grant reporting (schema.sql, uk_ees and uk_ees_mal): every row of the EES workbooks
 * with the group it counts in, and the mean targets per group that ees-mal.csv and
 * chapter 10 show.
 */
public class GrantStore {

    /** memberFigures' order. */
    private static final Comparator<GrantFigure> MEMBER_ORDER = Comparator.comparing(GrantFigure::municipality)
        .thenComparing(GrantFigure::keyFigure)
        .thenComparingInt(GrantFigure::year);

    private final JdbcTemplate jdbc;

    private final QualityStore quality;

    public GrantStore(JdbcTemplate jdbc, QualityStore quality) {
        this.jdbc = jdbc;
        this.quality = quality;
    }

    /** lasEes starts again: its rows, sums, rejections and corrections go. */
    public void clear() {
        jdbc.update("DELETE FROM uk_ees");
        jdbc.update("DELETE FROM uk_ees_mal");
        quality.clearRejections(QualityStore.SOURCE_GRANTS);
        quality.clearCorrections("ees:%");
    }

    public void saveRows(List<PlacedGrantRow> rows) {
        List<Object[]> batch = new ArrayList<>();
        for (PlacedGrantRow placed : rows) {
            GrantRow r = placed.row();
            var p = placed.placement();
            batch.add(new Object[] { r.file(), r.row(), p.municipality() == null ? null : p.municipality().name(),
                    p.group(), p.cluster(), r.organisation(), r.year(), r.keyFigure(), r.amountUnit(),
                    r.unitKind() == UnitKind.ABSOLUTE, r.amount(), r.baseYear(), r.baseYearValue(), r.target2014(),
                    r.target2020() });
        }
        jdbc.batchUpdate("INSERT INTO uk_ees (fil, rad, kommun, grupp, kluster, organisation, ar, nyckeltal, enhet,"
                + " absolut, varde, basar, basvarde, mal2014, mal2020)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
    }

    public void saveSummaries(List<GrantTargetSummary> summaries) {
        List<Object[]> batch = new ArrayList<>();
        int i = 0;
        for (var s : summaries) {
            batch.add(new Object[] { i++, s.group(), s.keyFigure(), s.year(), s.count(), s.mean2014(), s.mean2020() });
        }
        jdbc.batchUpdate("INSERT INTO uk_ees_mal (ordning, grupp, nyckeltal, ar, antal, medel2014, medel2020)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", batch);
    }

    public List<GrantTargetSummary> summaries() {
        return jdbc.query("SELECT * FROM uk_ees_mal ORDER BY ordning",
                (rs, n) -> new GrantTargetSummary(rs.getString("grupp"), rs.getString("nyckeltal"), rs.getInt("ar"),
                        rs.getLong("antal"), rs.getBigDecimal("medel2014"), rs.getBigDecimal("medel2020")));
    }

    public int rowCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_ees", Integer.class);
    }

    /**
     * Grant rows of programme members, by municipality, key figure and year (as Java's
     * {@code String} order, which is H2's), rows of the same three in the order they were
     * stored.
     */
    public List<GrantFigure> memberFigures() {
        // Sorted here, not by ORDER BY: at 2 900 municipalities x 10 years H2 spilled the
        // 75 000 rows to a temporary store to sort them, 4 s of the aggregation step.
        // Read
        // in the primary key's order, which costs nothing, and sorted stably.
        List<GrantFigure> figures = new ArrayList<>(
                jdbc.query("SELECT kommun, nyckeltal, ar, enhet, varde, basar, basvarde, mal2014, mal2020"
                        + " FROM uk_ees WHERE kommun IS NOT NULL ORDER BY id", (rs, n) -> {
                            int base = rs.getInt("basar");
                            boolean noBase = rs.wasNull();
                            return new GrantFigure(rs.getString("kommun"), rs.getString("nyckeltal"), rs.getInt("ar"),
                                    rs.getString("enhet"), rs.getBigDecimal("varde"), noBase ? null : base,
                                    rs.getBigDecimal("basvarde"), rs.getBigDecimal("mal2014"),
                                    rs.getBigDecimal("mal2020"));
                        }));
        figures.sort(MEMBER_ORDER);
        return figures;
    }

}
