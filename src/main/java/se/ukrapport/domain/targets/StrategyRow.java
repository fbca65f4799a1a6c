package se.ukrapport.domain.targets;

/** A strategy document as read: its municipality, file, format and period of validity. */
public record StrategyRow(String municipality, String file, String format, String validity) {
}
