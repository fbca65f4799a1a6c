package se.ukrapport.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.EarlierCodebook;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.NormalizedAnswer;
import se.ukrapport.domain.survey.SurveyRow;

/**
 * An earlier year's survey row in the report year's terms: the respondent placed in its
 * cluster of kommuner.csv (today's clusters), and each compared answer normalised by the
 * earlier column's own codebook entry, then named by its report-year code and option
 * value. A respondent that is not in kommuner.csv has left the programme: listed, not
 * compared, not an error.
 */
public final class EarlierSurveyNormalizer {

    /**
     * A respondent of an earlier year with its compared answers (report-year codes and
     * values).
     */
    public record EarlierRespondent(int year, String municipality, String cluster, List<Answer> answers) {
    }

    private final EarlierCodebook codebook;

    private final MunicipalityRegistry registry;

    private final String file;

    private final AnswerNormalizer normalizer = new AnswerNormalizer();

    private final Map<String, Long> lineOf = new HashMap<>();

    private final List<Rejection> rejections = new ArrayList<>();

    public EarlierSurveyNormalizer(EarlierCodebook codebook, MunicipalityRegistry registry, String file) {
        this.codebook = codebook;
        this.registry = registry;
        this.file = file;
    }

    /**
     * The row in report-year terms, or empty for a municipality no longer in the
     * programme.
     */
    public Optional<EarlierRespondent> process(SurveyRow row) {
        CodebookColumn kommun = codebook.codebook().municipalityColumn();
        String typed = row.value(kommun.code());
        if (typed.isBlank()) {
            throw new InputException(file, row.line(), kommun.code(), "kommunnamnet är tomt");
        }
        Optional<Municipality> found = registry.find(typed);
        if (found.isEmpty()) {
            rejections.add(new Rejection(file, row.line(), kommun.code(), typed.strip(),
                    "kommunen finns inte i kommuner.csv; svaret är inte med i jämförelsen", null, null));
            return Optional.empty();
        }
        Municipality m = found.get();
        Long earlier = lineOf.putIfAbsent(m.name(), row.line());
        if (earlier != null) {
            throw new InputException(file, row.line(), kommun.code(),
                    "kommunen " + m.name() + " har svarat två gånger: på rad " + earlier + " och på rad " + row.line());
        }
        List<Answer> answers = new ArrayList<>();
        for (Map.Entry<String, String> e : row.values().entrySet()) {
            Optional<String> reportCode = codebook.counterpart(e.getKey());
            if (reportCode.isEmpty()) {
                continue;
            }
            CodebookColumn column = codebook.codebook().column(e.getKey()).orElseThrow();
            NormalizedAnswer n = normalizer.answer(column, m.name(), e.getValue());
            if (n.rejectionReason() != null) {
                rejections
                    .add(new Rejection(file, row.line(), e.getKey(), e.getValue(), n.rejectionReason(), null, null));
            }
            Answer a = n.answer();
            String value = a.value();
            if (value != null && column.type().hasOptions()) {
                value = codebook.optionValues().get(column.code()).get(value);
            }
            answers.add(new Answer(m.name(), reportCode.get(), a.raw(), value, a.number(), a.usable()));
        }
        return Optional.of(new EarlierRespondent(codebook.year(), m.name(), m.cluster(), answers));
    }

    /**
     * Respondents left out and answers that could not be used, for kvalitet/avvisade.csv.
     */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

}
