package se.ukrapport.targets;

import java.math.BigDecimal;

/** The fields read out of one target sentence; see {@link TargetFieldParser}. */
public record TargetFields(BigDecimal sharePercent, String direction, Integer baseYear, Integer targetYear,
        String scope) {
}
