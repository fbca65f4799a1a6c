package se.ukrapport.domain.grants;

/**
 * A grant row with the group it counts in, decided once when the row is read: the
 * corrections, the target sums and the store all use this one placement.
 */
public record PlacedGrantRow(GrantRow row, GrantMembership.Placement placement) {
}
