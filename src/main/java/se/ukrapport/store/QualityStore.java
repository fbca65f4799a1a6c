package se.ukrapport.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.Rejection;

/**
 * The data-quality findings of a run (schema.sql, uk_avvisad and uk_rattelse): the values
 * and documents that could not be used, tagged by the step that found them so each step
 * clears only its own, and every correction applied. kvalitet/*.csv and Bilaga 2 are made
 * from them.
 */
public class QualityStore {

    /** Source tags of rejected values, so each step clears only its own. */
    public static final String SOURCE_SURVEY = "enkat";

    public static final String SOURCE_STRATEGY = "strategi";

    public static final String SOURCE_GRANTS = "ees";

    public static final String SOURCE_EARLIER = "tidigare";

    static final String INSERT_REJECTION = "INSERT INTO uk_avvisad (kalla, fil, rad, kolumn, varde, orsak, kommun, kod)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public QualityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void addRejections(String source, List<Rejection> rejections) {
        List<Object[]> rows = new ArrayList<>();
        for (Rejection x : rejections) {
            rows.add(rejectionRow(source, x));
        }
        jdbc.batchUpdate(INSERT_REJECTION, rows);
    }

    static Object[] rejectionRow(String source, Rejection x) {
        return new Object[] { source, x.file(), x.line(), x.column(), x.value(), x.reason(), x.municipality(),
                x.code() };
    }

    public void clearRejections(String source) {
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ?", source);
    }

    /** A corrected survey cell: what was said about its old answer no longer holds. */
    void clearRejection(String source, String municipality, String code) {
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ? AND kommun = ? AND kod = ?", source, municipality, code);
    }

    public int countRejections(String source) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_avvisad WHERE kalla = ?", Integer.class, source);
    }

    public List<Rejection> rejections() {
        return jdbc.query("SELECT * FROM uk_avvisad ORDER BY fil, rad, id", (rs, n) -> {
            long line = rs.getLong("rad");
            return new Rejection(rs.getString("fil"), rs.wasNull() ? null : line, rs.getString("kolumn"),
                    rs.getString("varde"), rs.getString("orsak"), rs.getString("kommun"), rs.getString("kod"));
        });
    }

    /**
     * Records an applied correction, one per line of rattelser.csv
     * (kvalitet/rattelser.csv).
     */
    public void recordCorrection(CorrectionRow c) {
        jdbc.update("DELETE FROM uk_rattelse WHERE rad = ?", c.line());
        jdbc.update(
                "INSERT INTO uk_rattelse (rad, kommun, kod, fore, efter, kommentar, datum) VALUES (?, ?, ?, ?, ?, ?, ?)",
                c.line(), c.municipality(), c.code(), c.before(), c.after(), c.comment(), c.date());
    }

    /**
     * Forgets the corrections whose code matches this SQL LIKE pattern ("%" for all): the
     * step that applies them again clears them first.
     */
    void clearCorrections(String codePattern) {
        jdbc.update("DELETE FROM uk_rattelse WHERE kod LIKE ?", codePattern);
    }

    public List<CorrectionRow> corrections() {
        return jdbc.query("SELECT * FROM uk_rattelse ORDER BY rad",
                (rs, n) -> new CorrectionRow(rs.getLong("rad"), rs.getString("kommun"), rs.getString("kod"),
                        rs.getString("fore"), rs.getString("efter"), rs.getString("kommentar"),
                        rs.getString("datum") == null ? "" : rs.getString("datum")));
    }

}
