package se.ukrapport.domain.survey;

/**
 * A responding municipality: its name as in kommuner.csv, cluster, respondent id and
 * export line.
 */
public record Respondent(String municipality, String cluster, String id, long line) {
}
