package se.ukrapport.domain.survey;

/** A municipality's open (free-text) answer to one question; "" where it left none. */
public record OpenAnswer(String municipality, String text) {
}
