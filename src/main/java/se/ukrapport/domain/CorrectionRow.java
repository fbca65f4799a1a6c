package se.ukrapport.domain;

/**
 * A correction as applied: its line of rattelser.csv, what it changed, from what to what,
 * why, and the date the unit gave it ("" when the line has none).
 */
public record CorrectionRow(long line, String municipality, String code, String before, String after, String comment,
        String date) {

    /** The corrections file of the input folder, whose lines these are. */
    public static final String FILE = "rattelser.csv";

}
