package se.ukrapport.domain.survey;

/** One participating municipality from kommuner.csv. */
public record Municipality(String code, String name, String cluster, boolean mentor, boolean pilotCounty, long line) {
}
