package se.ukrapport.domain;

/**
 * A value that could not be used: a row of kvalitet/avvisade.csv. {@code municipality}
 * and {@code code} identify the survey cell, so a later correction of that cell can
 * withdraw it.
 */
public record Rejection(String file, Long line, String column, String value, String reason, String municipality,
        String code) {
}
