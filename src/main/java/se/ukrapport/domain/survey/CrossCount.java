package se.ukrapport.domain.survey;

import java.math.BigDecimal;

/** Respondents who gave one option of a question and one number of another. */
public record CrossCount(String option, BigDecimal number, int count) {
}
