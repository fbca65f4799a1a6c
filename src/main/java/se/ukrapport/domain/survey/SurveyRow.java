package se.ukrapport.domain.survey;

import java.util.Map;

/**
 * One respondent's row of the survey export: the line it starts on, values by codebook
 * code.
 */
public record SurveyRow(long line, Map<String, String> values) {

    public String value(String code) {
        String v = values.get(code);
        return v == null ? "" : v;
    }
}
