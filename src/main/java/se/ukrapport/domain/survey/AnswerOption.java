package se.ukrapport.domain.survey;

/** One `value=label` pair of a single-choice or scale question. */
public record AnswerOption(String value, String label) {
}
