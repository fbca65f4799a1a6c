package se.ukrapport.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the report and its data files write them. Rounding is half-up and happens
 * here, once, on the final value.
 */
public final class NumberFormats {

    private static final char NBSP = '\u00a0';

    private NumberFormats() {
    }

    /**
     * For data/*.csv: decimal comma, no thousands separator, ASCII minus — what Swedish
     * Excel opens as a number. Empty for null.
     */
    public static String csv(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /**
     * For report text: "16 766,7" with no-break spaces, U+2212 minus as typeset text
     * uses.
     */
    public static String text(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        String plain = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(integer.charAt(i));
        }
        return (negative ? "\u2212" : "") + grouped + fraction;
    }

    /** "88 %" with a no-break space, as Swedish typesetting writes percentages. */
    public static String percent(BigDecimal value, int decimals) {
        return value == null ? "–" : text(value, decimals) + NBSP + "%";
    }

}
