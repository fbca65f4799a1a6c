package se.ukrapport.domain.survey;

import java.util.List;
import se.ukrapport.domain.Rejection;

/**
 * One survey row after normalisation: what goes into the tables, with its data-quality
 * notes.
 */
public record RespondentAnswers(Respondent respondent, List<Answer> answers, List<UnitNote> unitNotes,
        List<Rejection> rejections) {
}
