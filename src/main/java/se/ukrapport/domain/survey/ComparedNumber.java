package se.ukrapport.domain.survey;

/**
 * A row of data/jamforelse-numeriska.csv: one survey year's statistics of a number
 * question.
 */
public record ComparedNumber(int year, NumberSummary summary) {
}
