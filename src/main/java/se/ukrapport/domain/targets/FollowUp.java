package se.ukrapport.domain.targets;

import java.math.BigDecimal;

/**
 * A target set against the grant reporting.
 *
 * @param achieved reduction achieved so far, percent of the base-year value (null when
 * not assessed)
 * @param required reduction a straight path from base year to target year requires by
 * then
 * @param basis what was compared, or why nothing could be, in Swedish
 */
public record FollowUp(MunicipalTarget target, Status status, String keyFigure, BigDecimal achieved,
        BigDecimal required, String basis) {

    public enum Status {

        ON_TRACK("i fas"), OFF_TRACK("inte i fas"), NOT_ASSESSABLE("kan inte bedömas");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    /** The label a reader sees: "i fas", "inte i fas" or "kan inte bedömas". */
    public String statusLabel() {
        return status.label();
    }

    /**
     * Whether the target was assessed and is on track (templates ask this rather than
     * compare labels).
     */
    public boolean onTrack() {
        return status == Status.ON_TRACK;
    }

    /** Whether the target was assessed and is not on track. */
    public boolean offTrack() {
        return status == Status.OFF_TRACK;
    }

    /** Whether the target could be set against the grant reporting at all. */
    public boolean assessable() {
        return status != Status.NOT_ASSESSABLE;
    }
}
