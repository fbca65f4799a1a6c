package se.ukrapport.domain.targets;

import java.math.BigDecimal;

/**
 * A programme member's grant-reporting figure: a key figure's value in a year and in its
 * base year.
 */
public record GrantMeasure(String keyFigure, int year, BigDecimal value, Integer baseYear, BigDecimal baseValue) {
}
