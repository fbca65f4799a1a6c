package se.ukrapport.normalize;

import java.util.List;

/** One survey row after normalisation: what goes into the tables, with its data-quality notes. */
public record RespondentAnswers(Respondent respondent, List<Answer> answers, List<UnitNote> unitNotes,
        List<Rejection> rejections) {
}
