package se.ukrapport.domain.grants;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One data row of a grant reporting workbook (ees/ees-&lt;year&gt;.xlsx), with its
 * numbers read.
 *
 * @param file the workbook as shown in messages, e.g. {@code ees/ees-2010.xlsx}
 * @param row Excel's 1-based row number
 * @param organisationNumber as typed; empty when the column is absent
 * @param municipalityCode four digits with leading zeros kept (a numeric cell 484 is
 * "0484"), or as typed when it is not digits; empty when the row has none
 * @param type {@code Typ} as typed ({@code Kommun} or {@code Landsting})
 * @param year {@code År}, the reporting year
 * @param keyFigure {@code Nyckeltal}, e.g. "Total energianvändning"
 * @param unit {@code Enhet} as typed
 * @param value {@code Värde} as stated, in {@code unit}
 * @param amount {@code value} in MWh for {@link UnitKind#ABSOLUTE}, otherwise as stated
 * @param baseYear {@code Basår}, null when empty or not a year
 * @param baseYearValue {@code Basårsvärde}, normalised like {@code amount}; null when
 * missing
 * @param target2014 {@code Mål 2014 (%)}, reduction in percent; null when missing
 * @param target2020 {@code Mål 2020 (%)}, reduction in percent; null when missing
 */
public record GrantRow(String file, long row, String organisationNumber, String municipalityCode, String organisation,
        String type, int year, String keyFigure, String unit, UnitKind unitKind, BigDecimal value, BigDecimal amount,
        Integer baseYear, BigDecimal baseYearValue, BigDecimal target2014, BigDecimal target2020) {

    /** County councils form their own group whatever their name says. */
    public boolean countyCouncil() {
        return type != null && type.strip().toLowerCase(Locale.ROOT).equals("landsting");
    }

    /**
     * The unit {@link #amount()} is in: MWh for absolute units, otherwise the unit as
     * typed.
     */
    public String amountUnit() {
        return unitKind == UnitKind.ABSOLUTE ? "MWh" : unit;
    }

    public boolean hasTarget() {
        return target2014 != null || target2020 != null;
    }

    /**
     * The {@code kod} a line of rattelser.csv uses for this row:
     * {@code ees:<Nyckeltal>:<År>}.
     */
    public String correctionCode() {
        return correctionCode(keyFigure, year);
    }

    /**
     * The {@code kod} of rattelser.csv for a grant value: {@code ees:<Nyckeltal>:<År>}.
     */
    public static String correctionCode(String keyFigure, Integer year) {
        return "ees:" + (keyFigure == null ? "" : keyFigure) + ":" + (year == null ? "" : year);
    }
}
