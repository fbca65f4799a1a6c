package se.ukrapport.render.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.UnitNote;
import se.ukrapport.support.NumberFormats;
import se.ukrapport.domain.CorrectionRow;

/** kvalitet/enheter.csv, rattelser.csv and avvisade.csv (output-contract.md). */
public final class QualityExport {

    public static final List<String> ENHETER = List.of("kommun", "kod", "svar", "tolkning", "mwh", "regel");

    public static final List<String> RATTELSER = List.of("rad", "kommun", "kod", "fore", "efter", "kommentar", "datum");

    public static final List<String> AVVISADE = List.of("fil", "rad", "kolumn", "varde", "orsak");

    private QualityExport() {
    }

    public static void write(Path qualityDir, List<UnitNote> notes, List<CorrectionRow> corrections,
            List<Rejection> rejections) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitNote n : notes) {
            // MWh with three decimals: a kWh answer converts exactly, and the appendix
            // should show it so.
            rows.add(List.of(n.municipality(), n.code(), n.answer(), n.interpretation(), NumberFormats.csv(n.mwh(), 3),
                    n.rule()));
        }
        CsvFileWriter.write(qualityDir.resolve("enheter.csv"), ENHETER, rows);

        rows = new ArrayList<>();
        for (CorrectionRow c : corrections) {
            rows.add(List.of(Long.toString(c.line()), c.municipality(), c.code(), nz(c.before()), nz(c.after()),
                    nz(c.comment()), nz(c.date())));
        }
        CsvFileWriter.write(qualityDir.resolve("rattelser.csv"), RATTELSER, rows);

        rows = new ArrayList<>();
        for (Rejection r : rejections) {
            rows.add(List.of(r.file(), r.line() == null ? "" : Long.toString(r.line()), nz(r.column()), nz(r.value()),
                    nz(r.reason())));
        }
        CsvFileWriter.write(qualityDir.resolve("avvisade.csv"), AVVISADE, rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
