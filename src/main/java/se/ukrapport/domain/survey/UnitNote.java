package se.ukrapport.domain.survey;

import java.math.BigDecimal;

/** An energy answer not taken at face value: a row of kvalitet/enheter.csv. */
public record UnitNote(String municipality, String code, String answer, String interpretation, BigDecimal mwh,
        String rule) {

    public static final String RULE_ASSUMED_MWH = "antagen MWh";

    public static final String RULE_EXPLICIT = "explicit enhet";

    public static final String RULE_CORRECTION = "rättelse";

}
