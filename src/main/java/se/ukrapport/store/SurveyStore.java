package se.ukrapport.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.RespondentAnswers;
import se.ukrapport.domain.survey.UnitNote;
import se.ukrapport.normalize.CorrectionApplier;

/**
 * The report year's survey answers (schema.sql, uk_respondent, uk_svar, uk_enkatkolumn
 * and uk_enhet): one row per respondent, one per answered cell, the export's columns, and
 * a note for each energy answer not taken at face value. A cell left empty has no row:
 * every reading of the answers takes usable ones only, and at thousands of municipalities
 * the empty cells were 44 % of the rows written. Corrections are applied here, and
 * recorded in the quality findings.
 */
public class SurveyStore implements CorrectionApplier.StoredAnswers {

    private static final String INSERT_NOTE = "INSERT INTO uk_enhet (kommun, kod, svar, tolkning, mwh, regel)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    private final QualityStore quality;

    public SurveyStore(JdbcTemplate jdbc, QualityStore quality) {
        this.jdbc = jdbc;
        this.quality = quality;
    }

    /**
     * lasEnkat starts again: its answers, notes and rejections, and every correction, go.
     */
    public void clear() {
        jdbc.update("DELETE FROM uk_svar");
        jdbc.update("DELETE FROM uk_enkatkolumn");
        jdbc.update("DELETE FROM uk_respondent");
        jdbc.update("DELETE FROM uk_enhet");
        quality.clearCorrections("%");
        quality.clearRejections(QualityStore.SOURCE_SURVEY);
    }

    public void saveRespondents(List<? extends RespondentAnswers> items) {
        List<Object[]> respondents = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (RespondentAnswers r : items) {
            respondents.add(new Object[] { r.respondent().municipality(), r.respondent().cluster(), r.respondent().id(),
                    r.respondent().line() });
            for (Answer a : r.answers()) {
                columns.add(a.code());
                if (!isEmptyCell(a)) {
                    answers
                        .add(new Object[] { a.municipality(), a.code(), a.raw(), a.value(), a.number(), a.usable() });
                }
            }
            for (UnitNote u : r.unitNotes()) {
                notes.add(noteRow(u));
            }
            rejections.addAll(r.rejections());
        }
        columns.removeAll(jdbc.queryForList("SELECT kod FROM uk_enkatkolumn", String.class));
        jdbc.batchUpdate("INSERT INTO uk_enkatkolumn (kod) VALUES (?)",
                columns.stream().map(c -> new Object[] { c }).toList());
        jdbc.batchUpdate("INSERT INTO uk_respondent (kommun, kluster, respondent, rad) VALUES (?, ?, ?, ?)",
                respondents);
        jdbc.batchUpdate("INSERT INTO uk_svar (kommun, kod, svar, varde, tal, anvandbar) VALUES (?, ?, ?, ?, ?, ?)",
                answers);
        jdbc.batchUpdate(INSERT_NOTE, notes);
        quality.addRejections(QualityStore.SOURCE_SURVEY, rejections);
    }

    private static Object[] noteRow(UnitNote u) {
        return new Object[] { u.municipality(), u.code(), u.answer(), u.interpretation(), u.mwh(), u.rule() };
    }

    public int respondentCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_respondent", Integer.class);
    }

    @Override
    public boolean isRespondent(String municipality) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_respondent WHERE kommun = ?", Integer.class,
                municipality) > 0;
    }

    /**
     * A cell with nothing in it and nothing made of it: not stored. (Spaces only count as
     * nothing; a rejected or otherwise noted answer always has text.)
     */
    static boolean isEmptyCell(Answer a) {
        return (a.raw() == null || a.raw().isBlank()) && !a.usable() && a.value() == null && a.number() == null;
    }

    /** The stored answer of a survey cell; empty when the export has no such cell. */
    @Override
    public Optional<String> rawAnswer(String municipality, String code) {
        List<String> r = jdbc.query("SELECT svar FROM uk_svar WHERE kommun = ? AND kod = ?", (rs, n) -> rs.getString(1),
                municipality, code);
        if (!r.isEmpty()) {
            return Optional.of(r.get(0) == null ? "" : r.get(0));
        }
        // An empty cell of the export, or no such cell.
        boolean column = jdbc.queryForObject("SELECT COUNT(*) FROM uk_enkatkolumn WHERE kod = ?", Integer.class,
                code) > 0;
        return column && isRespondent(municipality) ? Optional.of("") : Optional.empty();
    }

    /**
     * Replaces one survey cell with a corrected answer: what the unit rule or the
     * rejection list said about the old answer no longer holds, and the correction is
     * recorded instead.
     */
    @Override
    public void applyCorrection(long line, String comment, String date, String before, Answer corrected,
            UnitNote note) {
        int updated = jdbc.update(
                "UPDATE uk_svar SET svar = ?, varde = ?, tal = ?, anvandbar = ? WHERE kommun = ? AND kod = ?",
                corrected.raw(), corrected.value(), corrected.number(), corrected.usable(), corrected.municipality(),
                corrected.code());
        if (updated == 0) {
            // The cell was empty in the export, so it had no row.
            jdbc.update("INSERT INTO uk_svar (kommun, kod, svar, varde, tal, anvandbar) VALUES (?, ?, ?, ?, ?, ?)",
                    corrected.municipality(), corrected.code(), corrected.raw(), corrected.value(), corrected.number(),
                    corrected.usable());
        }
        jdbc.update("DELETE FROM uk_enhet WHERE kommun = ? AND kod = ?", corrected.municipality(), corrected.code());
        quality.clearRejection(QualityStore.SOURCE_SURVEY, corrected.municipality(), corrected.code());
        if (note != null) {
            jdbc.update(INSERT_NOTE, noteRow(note));
        }
        quality.recordCorrection(new CorrectionRow(line, corrected.municipality(), corrected.code(), before,
                corrected.raw(), comment, date));
    }

    public int countUnitNotes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_enhet", Integer.class);
    }

    /** enheter.csv rows in codebook order, then by municipality's export line. */
    public List<UnitNote> unitNotes() {
        return jdbc.query(
                "SELECT e.* FROM uk_enhet e JOIN uk_kodbok k ON k.kod = e.kod"
                        + " LEFT JOIN uk_respondent r ON r.kommun = e.kommun ORDER BY k.ordning, r.rad, e.id",
                (rs, n) -> new UnitNote(rs.getString("kommun"), rs.getString("kod"), rs.getString("svar"),
                        rs.getString("tolkning"), rs.getBigDecimal("mwh"), rs.getString("regel")));
    }

}
