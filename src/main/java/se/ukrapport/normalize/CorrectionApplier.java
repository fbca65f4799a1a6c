package se.ukrapport.normalize;

import java.nio.file.Path;
import java.util.Optional;

import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.csv.CsvRow;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.NormalizedAnswer;
import se.ukrapport.domain.survey.UnitNote;

/**
 * Applies rattelser.csv to the stored survey answers. A correction replaces what the
 * municipality answered and is taken at face value; one that matches no answer stops the
 * run, since a silently ignored correction is worse than none.
 */
public final class CorrectionApplier {

    public static final String FILE = CorrectionFile.FILE;

    private final MunicipalityRegistry registry;

    private final Codebook codebook;

    private final StoredAnswers store;

    private final AnswerNormalizer normalizer = new AnswerNormalizer();

    /**
     * The stored survey answers a correction replaces: the job repository's, or a test's
     * map. An interface here so that normalizing depends on no store (the store
     * implements it).
     */
    public interface StoredAnswers {

        boolean isRespondent(String municipality);

        /**
         * The answer as the export had it, if the municipality answered and the column
         * exists.
         */
        Optional<String> rawAnswer(String municipality, String code);

        void applyCorrection(long line, String comment, String date, String before, Answer corrected, UnitNote note);

    }

    /** How many survey answers were corrected. */
    public record Result(int applied) {
    }

    public CorrectionApplier(MunicipalityRegistry registry, Codebook codebook, StoredAnswers store) {
        this.registry = registry;
        this.codebook = codebook;
        this.store = store;
    }

    public Result apply(Path inputDir) {
        int applied = 0;
        for (CsvRow row : CorrectionFile.lines(inputDir,
                c -> !CorrectionFile.isGrantCode(c) && !CorrectionFile.isStrategyCode(c))) {
            String code = row.get("kod");
            Municipality m = CorrectionFile.municipality(row, registry);
            CodebookColumn column = codebook.column(code)
                .orElseThrow(() -> new InputException(FILE, row.line(), "kod", "rättelsen gäller koden \"" + code
                        + "\", som inte finns i kodboken" + codebook.suggestion(code)));
            if (column.type() == ColumnType.KOMMUN || column.type() == ColumnType.ID) {
                throw new InputException(FILE, row.line(), "kod",
                        "kolumnen " + column.code() + " identifierar svaret och kan inte rättas");
            }
            String before = store.rawAnswer(m.name(), column.code())
                .orElseThrow(() -> new InputException(FILE, row.line(), store.isRespondent(m.name()) ? "kod" : "kommun",
                        "rättelsen matchar inget svar: " + m.name() + " har " + (store.isRespondent(m.name())
                                ? "ingen kolumn " + column.code() + " i enkätexporten" : "inte besvarat enkäten")));
            String value = row.raw("varde").strip();
            NormalizedAnswer n = normalizer.correction(column, m.name(), value);
            if (n.rejectionReason() != null) {
                throw new InputException(FILE, row.line(), "varde", "rättelsens värde \"" + value
                        + "\" går inte att använda för " + column.code() + ": " + n.rejectionReason());
            }
            store.applyCorrection(row.line(), row.get("kommentar"), row.get("datum"), before.strip(), n.answer(),
                    n.unitNote());
            applied++;
        }
        return new Result(applied);
    }

}
