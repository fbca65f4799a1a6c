package se.ukrapport.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.StrategyDocument;
import se.ukrapport.domain.targets.StrategyRow;
import se.ukrapport.domain.targets.TargetCategory;
import se.ukrapport.normalize.ValidityCorrections;

/**
 * The strategy documents and the targets found in them (schema.sql, uk_strategi and
 * uk_mal), with the validity period a correction may set by hand.
 */
public class StrategyStore implements ValidityCorrections.StoredStrategies {

    private final JdbcTemplate jdbc;

    private final QualityStore quality;

    public StrategyStore(JdbcTemplate jdbc, QualityStore quality) {
        this.jdbc = jdbc;
        this.quality = quality;
    }

    /**
     * lasStrategier starts again: its documents, targets, skipped documents and
     * corrections go.
     */
    public void clear() {
        jdbc.update("DELETE FROM uk_mal");
        jdbc.update("DELETE FROM uk_strategi");
        quality.clearRejections(QualityStore.SOURCE_STRATEGY);
        quality.clearCorrections(ValidityCorrections.CODE);
    }

    public void save(List<? extends StrategyDocument> docs) {
        for (var d : docs) {
            jdbc.update("INSERT INTO uk_strategi (kommun, fil, format, giltighet) VALUES (?, ?, ?, ?)",
                    d.municipality(), d.file(), d.format(), d.validity());
            List<Object[]> rows = new ArrayList<>();
            int i = 0;
            for (var t : d.targets()) {
                rows.add(new Object[] { t.municipality(), i++, t.category().label(), t.text(), t.sharePercent(),
                        t.direction(), t.baseYear(), t.targetYear(), t.scope(), t.validity() });
            }
            jdbc.batchUpdate("INSERT INTO uk_mal (kommun, ordning, kategori, text, andel, riktning, basar, malar,"
                    + " omfattning, giltighet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    @Override
    public Optional<String> validity(String municipality) {
        List<String> before = jdbc.query("SELECT giltighet FROM uk_strategi WHERE kommun = ?",
                (rs, n) -> rs.getString(1), municipality);
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(0) == null ? "" : before.get(0));
    }

    @Override
    public void correctValidity(long line, String municipality, String before, String validity, String comment,
            String date) {
        jdbc.update("UPDATE uk_strategi SET giltighet = ? WHERE kommun = ?", validity, municipality);
        jdbc.update("UPDATE uk_mal SET giltighet = ? WHERE kommun = ?", validity, municipality);
        quality.recordCorrection(
                new CorrectionRow(line, municipality, ValidityCorrections.CODE, before, validity, comment, date));
    }

    public List<StrategyRow> strategies() {
        return jdbc.query("SELECT * FROM uk_strategi", (rs, n) -> new StrategyRow(rs.getString("kommun"),
                rs.getString("fil"), rs.getString("format"), rs.getString("giltighet")));
    }

    /**
     * Targets in document order per municipality (municipalities in no particular order).
     */
    public List<MunicipalTarget> targets() {
        return jdbc.query("SELECT * FROM uk_mal ORDER BY kommun, ordning", (rs, n) -> {
            int base = rs.getInt("basar");
            boolean noBase = rs.wasNull();
            int year = rs.getInt("malar");
            boolean noYear = rs.wasNull();
            return new MunicipalTarget(rs.getString("kommun"), TargetCategory.fromLabel(rs.getString("kategori")),
                    rs.getString("text"), rs.getBigDecimal("andel"), nz(rs.getString("riktning")), noBase ? null : base,
                    noYear ? null : year, nz(rs.getString("omfattning")), nz(rs.getString("giltighet")));
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
