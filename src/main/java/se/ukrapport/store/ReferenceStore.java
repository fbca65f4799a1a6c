package se.ukrapport.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.CodebookColumns;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;

/**
 * The reference data of a run (schema.sql, first block): the municipalities and clusters
 * of kommuner.csv, the codebook, and which input the tables hold as a whole.
 */
public class ReferenceStore {

    private final JdbcTemplate jdbc;

    public ReferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

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

}
