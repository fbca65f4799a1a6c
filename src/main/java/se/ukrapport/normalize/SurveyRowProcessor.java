package se.ukrapport.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.SurveyRow;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.Answer;
import se.ukrapport.domain.survey.NormalizedAnswer;
import se.ukrapport.domain.survey.Respondent;
import se.ukrapport.domain.survey.RespondentAnswers;
import se.ukrapport.domain.survey.UnitNote;

/**
 * Validates a survey row (known municipality, one row per respondent) and normalises each
 * answer. Keeps the respondents seen so far: the survey step reads its file from the top
 * when it runs, so this state is always complete.
 */
public class SurveyRowProcessor implements ItemProcessor<SurveyRow, RespondentAnswers> {

    private final Codebook codebook;

    private final MunicipalityRegistry registry;

    private final String fileName;

    private final AnswerNormalizer normalizer = new AnswerNormalizer();

    private final Map<String, Long> linesByMunicipality = new HashMap<>();

    private final Map<String, Long> linesById = new HashMap<>();

    public SurveyRowProcessor(Codebook codebook, MunicipalityRegistry registry, String fileName) {
        this.codebook = codebook;
        this.registry = registry;
        this.fileName = fileName;
    }

    @Override
    public RespondentAnswers process(SurveyRow row) {
        CodebookColumn kommunColumn = codebook.municipalityColumn();
        String typed = row.value(kommunColumn.code());
        if (typed.isBlank()) {
            throw new InputException(fileName, row.line(), kommunColumn.code(), "kommunnamnet är tomt");
        }
        Municipality m = registry.find(typed)
            .orElseThrow(() -> new InputException(fileName, row.line(), kommunColumn.code(), "okänd kommun \""
                    + typed.strip() + "\": den finns inte i kommuner.csv" + registry.suggestion(typed)));
        Long earlier = linesByMunicipality.putIfAbsent(m.name(), row.line());
        if (earlier != null) {
            throw new InputException(fileName, row.line(), kommunColumn.code(),
                    "kommunen " + m.name() + " har svarat två gånger: på rad " + earlier + " och på rad " + row.line());
        }
        String id = codebook.idColumn().map(c -> row.value(c.code()).strip()).orElse("");
        if (!id.isEmpty()) {
            Long sameId = linesById.putIfAbsent(id, row.line());
            if (sameId != null) {
                throw new InputException(fileName, row.line(), codebook.idColumn().get().code(), "respondent-id " + id
                        + " förekommer två gånger: på rad " + sameId + " och på rad " + row.line());
            }
        }
        List<Answer> answers = new ArrayList<>();
        List<UnitNote> notes = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (String code : row.values().keySet()) {
            CodebookColumn column = codebook.column(code).orElseThrow();
            NormalizedAnswer n = normalizer.answer(column, m.name(), row.value(code));
            answers.add(n.answer());
            if (n.unitNote() != null) {
                notes.add(n.unitNote());
            }
            if (n.rejectionReason() != null) {
                rejections.add(new Rejection(fileName, row.line(), code, row.value(code), n.rejectionReason(), m.name(),
                        code));
            }
        }
        return new RespondentAnswers(new Respondent(m.name(), m.cluster(), id, row.line()), answers, notes, rejections);
    }

}
