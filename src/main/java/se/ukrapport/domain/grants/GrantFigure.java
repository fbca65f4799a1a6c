package se.ukrapport.domain.grants;

import java.math.BigDecimal;

/**
 * One key figure of a programme member's grant reporting, with its base year and targets.
 */
public record GrantFigure(String municipality, String keyFigure, int year, String unit, BigDecimal value,
        Integer baseYear, BigDecimal baseValue, BigDecimal target2014, BigDecimal target2020) {
}
