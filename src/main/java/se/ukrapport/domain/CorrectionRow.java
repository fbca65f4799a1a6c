package se.ukrapport.domain;

/**
 * A correction as applied: its line of rattelser.csv, what it changed, from what to what
 * and why.
 */
public record CorrectionRow(long line, String municipality, String code, String before, String after, String comment) {

    /** The corrections file of the input folder, whose lines these are. */
    public static final String FILE = "rattelser.csv";

}
