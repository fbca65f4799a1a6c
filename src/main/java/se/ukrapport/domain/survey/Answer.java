package se.ukrapport.domain.survey;

import java.math.BigDecimal;

/**
 * One normalised survey answer.
 *
 * @param raw what the respondent typed (or the correction's value)
 * @param value the answer as data: the option value for single/scale, "1" for a ticked
 * multi option, the text for open answers; null when there is none
 * @param number the number for number questions, MWh for energy questions; null otherwise
 * @param usable whether the answer counts (a valid option, a ticked box, a usable number,
 * non-empty text)
 */
public record Answer(String municipality, String code, String raw, String value, BigDecimal number, boolean usable) {
}
