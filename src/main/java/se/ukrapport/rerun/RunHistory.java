package se.ukrapport.rerun;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * uk_korning: one row per invocation of the program — who ran it, on what input, what it
 * rendered and how it ended — beside Spring Batch's own record of job executions. Runs
 * that found nothing changed never start a job, yet belong in the history too.
 */
public class RunHistory {

    public static final String RUNNING = "pågår";

    private final JdbcTemplate jdbc;

    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(long id, Instant start, Instant end, String status, String user, Integer year, String fingerprint,
            String files, String chapters, Integer exitCode, Long jobExecution, String output, String message,
            Integer changes, String causes, String validation) {
    }

    public long start(String user, int year, String fingerprint, String files, String output) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO uk_korning (start, status, anvandare, rapportar, indata, filer,"
                    + " utdata) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, RUNNING);
            ps.setString(3, user);
            ps.setInt(4, year);
            ps.setString(5, fingerprint);
            ps.setString(6, files);
            ps.setString(7, output);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** A changed number as stored for {@code historik N}. */
    public record StoredChange(String chapter, String object, String key, String before, String after, String cause) {
    }

    /**
     * The job execution's change list, replacing what an earlier attempt of it stored.
     */
    public void saveChanges(long jobExecution, List<ChangeLog.Change> changes) {
        jdbc.update("DELETE FROM uk_andring WHERE jobb = ?", jobExecution);
        List<Object[]> rows = new java.util.ArrayList<>();
        int i = 0;
        for (ChangeLog.Change c : changes) {
            rows.add(new Object[] { jobExecution, i++, c.chapter(), c.object(), cut(c.key(), 1000),
                    cut(c.before(), 4000), cut(c.after(), 4000), cut(c.cause(), 4000) });
        }
        jdbc.batchUpdate("INSERT INTO uk_andring (jobb, rad, kapitel, objekt, nyckel, fore, efter, orsak)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public List<StoredChange> changesOf(long jobExecution) {
        return jdbc.query("SELECT * FROM uk_andring WHERE jobb = ? ORDER BY rad",
                (rs, n) -> new StoredChange(rs.getString("kapitel"), rs.getString("objekt"), rs.getString("nyckel"),
                        rs.getString("fore"), rs.getString("efter"), rs.getString("orsak")),
                jobExecution);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * The numbers that changed and their first causes, from the run's comparison step.
     */
    public void changes(long id, int changes, String causes) {
        jdbc.update("UPDATE uk_korning SET andringar = ?, orsaker = ? WHERE id = ?", changes,
                causes == null ? null : causes.substring(0, Math.min(990, causes.length())), id);
    }

    /** The PDF validation's result line, when the run asked for it (historik N). */
    public void validation(long id, String result) {
        jdbc.update("UPDATE uk_korning SET validering = ? WHERE id = ?",
                result.substring(0, Math.min(1990, result.length())), id);
    }

    public void finish(long id, String status, int exitCode, String chapters, Long jobExecution, String message) {
        jdbc.update(
                "UPDATE uk_korning SET slut = ?, status = ?, exitkod = ?, kapitel = ?, jobbkorning = ?,"
                        + " meddelande = ? WHERE id = ?",
                Timestamp.from(Instant.now()), status, exitCode, chapters, jobExecution,
                message == null ? null : message.substring(0, Math.min(3900, message.length())), id);
    }

    public List<Run> all() {
        return jdbc.query("SELECT * FROM uk_korning ORDER BY id",
                (rs, n) -> new Run(rs.getLong("id"), rs.getTimestamp("start").toInstant(),
                        rs.getTimestamp("slut") == null ? null : rs.getTimestamp("slut").toInstant(),
                        rs.getString("status"), rs.getString("anvandare"), (Integer) rs.getObject("rapportar"),
                        rs.getString("indata"), rs.getString("filer"), rs.getString("kapitel"),
                        (Integer) rs.getObject("exitkod"),
                        rs.getObject("jobbkorning") == null ? null : rs.getLong("jobbkorning"), rs.getString("utdata"),
                        rs.getString("meddelande"), (Integer) rs.getObject("andringar"), rs.getString("orsaker"),
                        rs.getString("validering")));
    }

    /**
     * Records runs that finished before the database was opened (nothing had changed).
     */
    public void addUnchanged(List<se.ukrapport.rerun.PendingRuns.Pending> runs) {
        for (var r : runs) {
            jdbc.update(
                    "INSERT INTO uk_korning (start, slut, status, anvandare, rapportar, indata, kapitel, exitkod,"
                            + " utdata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Timestamp.from(r.start()), Timestamp.from(r.end()), "oförändrad", r.user(), r.year(),
                    r.fingerprint(), "", 0, r.output());
        }
    }

}
