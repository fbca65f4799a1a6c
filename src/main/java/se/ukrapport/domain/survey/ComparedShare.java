package se.ukrapport.domain.survey;

/**
 * A row of data/jamforelse.csv: one survey year's share of an option, in the report
 * year's terms.
 */
public record ComparedShare(int year, ChoiceShare share) {
}
