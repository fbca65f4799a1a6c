package se.ukrapport.domain.targets;

import java.math.BigDecimal;

/**
 * One target sentence (or list item, or table cell) of a strategy document with its
 * fields as defined in target-guidelines.md. Empty string means "not stated" for the text
 * fields; null means the same for the numbers.
 */
public record MunicipalTarget(String municipality, TargetCategory category, String text, BigDecimal sharePercent,
        String direction, Integer baseYear, Integer targetYear, String scope, String validity) {

    public static final String DECREASE = "minska";

    public static final String INCREASE = "öka";

    public static final String OWN_ORGANISATION = "egen verksamhet";

    public static final String GEOGRAPHIC_AREA = "geografiskt område";

}
