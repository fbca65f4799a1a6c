package se.ukrapport.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.CodebookColumns;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.RespondentAnswers;
import se.ukrapport.domain.survey.UnitNote;
import se.ukrapport.normalize.CorrectionApplier;
import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.grants.GrantFigure;
import se.ukrapport.domain.survey.OpenAnswer;
import se.ukrapport.domain.targets.StrategyRow;

/**
 * The normalised rows of a run, in the job repository's database (schema.sql). Ingest
 * steps write here; aggregation and the quality export read from here, so no stage
 * reaches back into input files.
 */
public class ReportStore implements CorrectionApplier.StoredAnswers {

    /** Source tags of rejected values, so each step clears only its own. */
    public static final String SOURCE_SURVEY = "enkat";

    public static final String SOURCE_STRATEGY = "strategi";

    public static final String SOURCE_GRANTS = "ees";

    private final JdbcTemplate jdbc;

    public ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- which input the tables hold
    // ---------------------------------------------------------

    /**
     * An ingest starts: until it has run to its end, the tables hold no input as a whole.
     */
    public void forgetLoadedInput() {
        jdbc.update("DELETE FROM uk_inlast");
    }

    /**
     * The ingest of {@code dataFingerprint} ran to its end in job execution
     * {@code jobExecution}.
     */
    public void markLoadedInput(String dataFingerprint, long jobExecution) {
        jdbc.update("DELETE FROM uk_inlast");
        jdbc.update("INSERT INTO uk_inlast (id, indata, jobb) VALUES (1, ?, ?)", dataFingerprint, jobExecution);
    }

    /**
     * The data fingerprint and job execution of the input the tables hold, if an ingest
     * finished.
     */
    public Optional<LoadedInput> loadedInput() {
        return jdbc
            .query("SELECT indata, jobb FROM uk_inlast WHERE id = 1",
                    (rs, n) -> new LoadedInput(rs.getString("indata"), rs.getLong("jobb")))
            .stream()
            .findFirst();
    }

    public record LoadedInput(String dataFingerprint, long jobExecution) {
    }

    // --- municipalities
    // ---------------------------------------------------------------------

    public void replaceMunicipalities(MunicipalityRegistry registry) {
        jdbc.update("DELETE FROM uk_kommun");
        List<Object[]> rows = new ArrayList<>();
        int i = 0;
        for (Municipality m : registry.all()) {
            rows.add(new Object[] { m.name(), m.code(), m.cluster(), i++, m.mentor(), m.pilotCounty(), m.line() });
        }
        jdbc.batchUpdate("INSERT INTO uk_kommun (kommun, kommunkod, kluster, ordning, nestor, pilotlan, rad)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public MunicipalityRegistry municipalities() {
        return new MunicipalityRegistry(jdbc.query("SELECT * FROM uk_kommun ORDER BY ordning",
                (rs, n) -> new Municipality(rs.getString("kommunkod"), rs.getString("kommun"), rs.getString("kluster"),
                        rs.getBoolean("nestor"), rs.getBoolean("pilotlan"), rs.getLong("rad"))));
    }

    // --- codebook
    // ---------------------------------------------------------------------------

    public void replaceCodebook(Codebook codebook) {
        jdbc.update("DELETE FROM uk_kodbok");
        List<Object[]> rows = new ArrayList<>();
        int i = 0;
        for (CodebookColumn c : codebook.columns()) {
            rows.add(new Object[] { c.code(), i++, c.question(), c.type().code(), c.alternativ(), c.unit(), c.chapter(),
                    c.line() });
        }
        jdbc.batchUpdate("INSERT INTO uk_kodbok (kod, ordning, fraga, typ, alternativ, enhet, kapitel, rad)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The stored codebook, parsed again by the same rules that checked it. */
    public Codebook codebook() {
        return new Codebook(jdbc.query("SELECT * FROM uk_kodbok ORDER BY ordning", (rs, n) -> {
            Map<String, String> v = new LinkedHashMap<>();
            for (String col : List.of("kod", "fraga", "typ", "alternativ", "enhet", "kapitel")) {
                String s = rs.getString(col);
                v.put(col, s == null ? "" : s);
            }
            return CodebookColumns.parse(rs.getLong("rad"), col -> v.getOrDefault(col, "").strip());
        }));
    }

    // --- survey
    // -----------------------------------------------------------------------------

    public void clearSurvey() {
        jdbc.update("DELETE FROM uk_svar");
        jdbc.update("DELETE FROM uk_respondent");
        jdbc.update("DELETE FROM uk_enhet");
        jdbc.update("DELETE FROM uk_rattelse");
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ?", SOURCE_SURVEY);
    }

    public void saveRespondents(List<? extends RespondentAnswers> items) {
        List<Object[]> respondents = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        List<Object[]> rejections = new ArrayList<>();
        for (RespondentAnswers r : items) {
            respondents.add(new Object[] { r.respondent().municipality(), r.respondent().cluster(), r.respondent().id(),
                    r.respondent().line() });
            for (Answer a : r.answers()) {
                answers.add(answerRow(a));
            }
            for (UnitNote u : r.unitNotes()) {
                notes.add(noteRow(u));
            }
            for (Rejection x : r.rejections()) {
                rejections.add(rejectionRow(SOURCE_SURVEY, x));
            }
        }
        jdbc.batchUpdate("INSERT INTO uk_respondent (kommun, kluster, respondent, rad) VALUES (?, ?, ?, ?)",
                respondents);
        jdbc.batchUpdate("INSERT INTO uk_svar (kommun, kod, svar, varde, tal, anvandbar) VALUES (?, ?, ?, ?, ?, ?)",
                answers);
        jdbc.batchUpdate(INSERT_NOTE, notes);
        jdbc.batchUpdate(INSERT_REJECTION, rejections);
    }

    private static final String INSERT_NOTE = "INSERT INTO uk_enhet (kommun, kod, svar, tolkning, mwh, regel) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String INSERT_REJECTION = "INSERT INTO uk_avvisad (kalla, fil, rad, kolumn, varde, orsak, kommun, kod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static Object[] answerRow(Answer a) {
        return new Object[] { a.municipality(), a.code(), a.raw(), a.value(), a.number(), a.usable() };
    }

    private static Object[] noteRow(UnitNote u) {
        return new Object[] { u.municipality(), u.code(), u.answer(), u.interpretation(), u.mwh(), u.rule() };
    }

    private static Object[] rejectionRow(String source, Rejection x) {
        return new Object[] { source, x.file(), x.line(), x.column(), x.value(), x.reason(), x.municipality(),
                x.code() };
    }

    public int respondentCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_respondent", Integer.class);
    }

    @Override
    public boolean isRespondent(String municipality) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_respondent WHERE kommun = ?", Integer.class,
                municipality) > 0;
    }

    /** The stored answer of a survey cell; empty when the export has no such cell. */
    @Override
    public Optional<String> rawAnswer(String municipality, String code) {
        List<String> r = jdbc.query("SELECT svar FROM uk_svar WHERE kommun = ? AND kod = ?", (rs, n) -> rs.getString(1),
                municipality, code);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0) == null ? "" : r.get(0));
    }

    /**
     * Replaces one survey cell with a corrected answer: what the unit rule or the
     * rejection list said about the old answer no longer holds, and the correction is
     * recorded instead.
     */
    @Override
    public void applyCorrection(long line, String comment, String before, Answer corrected, UnitNote note) {
        jdbc.update("UPDATE uk_svar SET svar = ?, varde = ?, tal = ?, anvandbar = ? WHERE kommun = ? AND kod = ?",
                corrected.raw(), corrected.value(), corrected.number(), corrected.usable(), corrected.municipality(),
                corrected.code());
        jdbc.update("DELETE FROM uk_enhet WHERE kommun = ? AND kod = ?", corrected.municipality(), corrected.code());
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ? AND kommun = ? AND kod = ?", SOURCE_SURVEY,
                corrected.municipality(), corrected.code());
        if (note != null) {
            jdbc.update(INSERT_NOTE, noteRow(note));
        }
        recordCorrection(line, corrected.municipality(), corrected.code(), before, corrected.raw(), comment);
    }

    public void addRejections(String source, List<Rejection> rejections) {
        List<Object[]> rows = new ArrayList<>();
        for (Rejection x : rejections) {
            rows.add(rejectionRow(source, x));
        }
        jdbc.batchUpdate(INSERT_REJECTION, rows);
    }

    public void clearRejections(String source) {
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ?", source);
    }

    public int countRejections(String source) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_avvisad WHERE kalla = ?", Integer.class, source);
    }

    public int countUnitNotes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_enhet", Integer.class);
    }

    // --- data-quality findings, for kvalitet/*.csv
    // --------------------------------------------

    /** enheter.csv rows in codebook order, then by municipality's export line. */
    public List<UnitNote> unitNotes() {
        return jdbc.query(
                "SELECT e.* FROM uk_enhet e JOIN uk_kodbok k ON k.kod = e.kod"
                        + " LEFT JOIN uk_respondent r ON r.kommun = e.kommun ORDER BY k.ordning, r.rad, e.id",
                (rs, n) -> new UnitNote(rs.getString("kommun"), rs.getString("kod"), rs.getString("svar"),
                        rs.getString("tolkning"), rs.getBigDecimal("mwh"), rs.getString("regel")));
    }

    public List<CorrectionRow> corrections() {
        return jdbc.query("SELECT * FROM uk_rattelse ORDER BY rad",
                (rs, n) -> new CorrectionRow(rs.getLong("rad"), rs.getString("kommun"), rs.getString("kod"),
                        rs.getString("fore"), rs.getString("efter"), rs.getString("kommentar")));
    }

    public List<Rejection> rejections() {
        return jdbc.query("SELECT * FROM uk_avvisad ORDER BY fil, rad, id", (rs, n) -> {
            long line = rs.getLong("rad");
            return new Rejection(rs.getString("fil"), rs.wasNull() ? null : line, rs.getString("kolumn"),
                    rs.getString("varde"), rs.getString("orsak"), rs.getString("kommun"), rs.getString("kod"));
        });
    }

    // --- aggregation queries
    // -----------------------------------------------------------------

    /** Respondents per cluster. */
    public Map<String, Integer> respondentsPerCluster() {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.query("SELECT kluster, COUNT(*) AS n FROM uk_respondent GROUP BY kluster", rs -> {
            out.put(rs.getString("kluster"), rs.getInt("n"));
        });
        return out;
    }

    public record ValueCount(String cluster, String value, int count) {
    }

    /**
     * Per column, (cluster, value) → count of usable answers. One query for all columns:
     * the aggregation asks for ~100, and a query per column read the answers of every
     * municipality again.
     */
    public Map<String, List<ValueCount>> valueCounts(List<String> codes) {
        Map<String, List<ValueCount>> out = new java.util.HashMap<>();
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

    public record ClusterNumber(String cluster, BigDecimal value) {
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

    public record EnergySum(BigDecimal mwh, int municipalities) {
    }

    /** "?, ?, ?" for an IN list of these values. */
    private static String placeholders(List<String> values) {
        return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    }

    /**
     * Respondents per (option value of one column, number of another), e.g. strategy
     * status × year.
     */
    public List<PairCount> pairCounts(String optionCode, String numberCode) {
        return jdbc.query(
                "SELECT a.varde, b.tal, COUNT(*) AS n FROM uk_svar a"
                        + " JOIN uk_svar b ON b.kommun = a.kommun AND b.kod = ?"
                        + " WHERE a.kod = ? AND a.anvandbar AND b.anvandbar AND b.tal IS NOT NULL"
                        + " GROUP BY a.varde, b.tal ORDER BY a.varde, b.tal",
                (rs, n) -> new PairCount(rs.getString("varde"), rs.getBigDecimal("tal"), rs.getInt("n")), numberCode,
                optionCode);
    }

    public record PairCount(String value, BigDecimal number, int count) {
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

    // --- grant reporting (EES)
    // ----------------------------------------------------------------

    public void clearGrants() {
        jdbc.update("DELETE FROM uk_ees");
        jdbc.update("DELETE FROM uk_ees_mal");
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ?", SOURCE_GRANTS);
        jdbc.update("DELETE FROM uk_rattelse WHERE kod LIKE 'ees:%'");
    }

    public void saveGrantRows(List<se.ukrapport.domain.grants.GrantRow> rows,
            java.util.function.Function<se.ukrapport.domain.grants.GrantRow, se.ukrapport.domain.grants.GrantMembership.Placement> place) {
        List<Object[]> batch = new ArrayList<>();
        for (se.ukrapport.domain.grants.GrantRow r : rows) {
            var p = place.apply(r);
            batch.add(new Object[] { r.file(), r.row(), p.municipality() == null ? null : p.municipality().name(),
                    p.group(), p.cluster(), r.organisation(), r.year(), r.keyFigure(), r.amountUnit(),
                    r.unitKind() == se.ukrapport.domain.grants.UnitKind.ABSOLUTE, r.amount(), r.baseYear(),
                    r.baseYearValue(), r.target2014(), r.target2020() });
        }
        jdbc.batchUpdate("INSERT INTO uk_ees (fil, rad, kommun, grupp, kluster, organisation, ar, nyckeltal, enhet,"
                + " absolut, varde, basar, basvarde, mal2014, mal2020) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch);
    }

    public void saveGrantSummaries(List<se.ukrapport.domain.grants.GrantTargetSummary> summaries) {
        List<Object[]> batch = new ArrayList<>();
        int i = 0;
        for (var s : summaries) {
            batch.add(new Object[] { i++, s.group(), s.keyFigure(), s.year(), s.count(), s.mean2014(), s.mean2020() });
        }
        jdbc.batchUpdate("INSERT INTO uk_ees_mal (ordning, grupp, nyckeltal, ar, antal, medel2014, medel2020)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", batch);
    }

    public List<se.ukrapport.domain.grants.GrantTargetSummary> grantSummaries() {
        return jdbc.query("SELECT * FROM uk_ees_mal ORDER BY ordning",
                (rs, n) -> new se.ukrapport.domain.grants.GrantTargetSummary(rs.getString("grupp"),
                        rs.getString("nyckeltal"), rs.getInt("ar"), rs.getLong("antal"), rs.getBigDecimal("medel2014"),
                        rs.getBigDecimal("medel2020")));
    }

    public int grantRowCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM uk_ees", Integer.class);
    }

    /**
     * Records an applied correction, one per line of rattelser.csv
     * (kvalitet/rattelser.csv).
     */
    public void recordCorrection(long line, String municipality, String code, String before, String after,
            String comment) {
        jdbc.update("DELETE FROM uk_rattelse WHERE rad = ?", line);
        jdbc.update("INSERT INTO uk_rattelse (rad, kommun, kod, fore, efter, kommentar) VALUES (?, ?, ?, ?, ?, ?)",
                line, municipality, code, before, after, comment);
    }

    // --- strategy documents and their targets
    // -------------------------------------------------

    public void clearStrategies() {
        jdbc.update("DELETE FROM uk_mal");
        jdbc.update("DELETE FROM uk_strategi");
        jdbc.update("DELETE FROM uk_avvisad WHERE kalla = ?", SOURCE_STRATEGY);
        jdbc.update("DELETE FROM uk_rattelse WHERE kod = 'strategi'");
    }

    public void saveStrategies(List<? extends se.ukrapport.domain.targets.StrategyDocument> docs) {
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

    /** A correction of a strategy's validity period (rattelser.csv, kod = strategi). */
    public boolean correctValidity(long line, String municipality, String validity, String comment) {
        List<String> before = jdbc.query("SELECT giltighet FROM uk_strategi WHERE kommun = ?",
                (rs, n) -> rs.getString(1), municipality);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.update("UPDATE uk_strategi SET giltighet = ? WHERE kommun = ?", validity, municipality);
        jdbc.update("UPDATE uk_mal SET giltighet = ? WHERE kommun = ?", validity, municipality);
        recordCorrection(line, municipality, "strategi", before.get(0) == null ? "" : before.get(0), validity, comment);
        return true;
    }

    public List<StrategyRow> strategies() {
        return jdbc.query("SELECT * FROM uk_strategi", (rs, n) -> new StrategyRow(rs.getString("kommun"),
                rs.getString("fil"), rs.getString("format"), rs.getString("giltighet")));
    }

    /**
     * Targets in document order per municipality (municipalities in no particular order).
     */
    public List<se.ukrapport.domain.targets.MunicipalTarget> targets() {
        return jdbc.query("SELECT * FROM uk_mal ORDER BY kommun, ordning", (rs, n) -> {
            int base = rs.getInt("basar");
            boolean noBase = rs.wasNull();
            int year = rs.getInt("malar");
            boolean noYear = rs.wasNull();
            return new se.ukrapport.domain.targets.MunicipalTarget(rs.getString("kommun"),
                    se.ukrapport.domain.targets.TargetCategory.fromLabel(rs.getString("kategori")),
                    rs.getString("text"), rs.getBigDecimal("andel"), nz(rs.getString("riktning")), noBase ? null : base,
                    noYear ? null : year, nz(rs.getString("omfattning")), nz(rs.getString("giltighet")));
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Grant rows of programme members. */
    public List<GrantFigure> memberGrantFigures() {
        return jdbc.query("SELECT * FROM uk_ees WHERE kommun IS NOT NULL ORDER BY kommun, nyckeltal, ar", (rs, n) -> {
            int base = rs.getInt("basar");
            boolean noBase = rs.wasNull();
            return new GrantFigure(rs.getString("kommun"), rs.getString("nyckeltal"), rs.getInt("ar"),
                    rs.getString("enhet"), rs.getBigDecimal("varde"), noBase ? null : base,
                    rs.getBigDecimal("basvarde"), rs.getBigDecimal("mal2014"), rs.getBigDecimal("mal2020"));
        });
    }

}
