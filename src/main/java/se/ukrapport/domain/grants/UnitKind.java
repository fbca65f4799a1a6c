package se.ukrapport.domain.grants;

/** How a grant row's {@code Enhet} lets its amount be used. */
public enum UnitKind {

    /**
     * kWh, MWh or GWh: the amount has been converted to MWh and may be summed with others
     * of its kind.
     */
    ABSOLUTE,
    /**
     * A ratio such as kWh/m2 Atemp or kWh/mil: kept as typed, never summed with absolute
     * amounts.
     */
    SPECIFIC,
    /** Empty or unrecognised: the amount is kept as typed and used in no sum. */
    UNKNOWN

}
