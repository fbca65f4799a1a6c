package se.ukrapport.render.template;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.ukrapport.support.NumberFormats;

/**
 * Number formatting for templates: {@code d.fmt().num(x, 1)} → "16 766,7", {@code pct} →
 * "88 %".
 */
public final class Formats {

    static final Formats INSTANCE = new Formats();

    public String num(Object value, int decimals) {
        return NumberFormats.text(decimal(value), decimals);
    }

    public String num(Object value) {
        return num(value, 0);
    }

    /** A percentage rounded to whole percent, as the report's prose writes it. */
    public String pct(Object value) {
        return NumberFormats.percent(decimal(value), 0);
    }

    public String pct(Object value, int decimals) {
        return NumberFormats.percent(decimal(value), decimals);
    }

    /** 100 × part / whole, unrounded (null when whole is 0). */
    public BigDecimal share(Object part, Object whole) {
        BigDecimal w = decimal(whole);
        if (w == null || w.signum() == 0) {
            return null;
        }
        return decimal(part).multiply(BigDecimal.valueOf(100)).divide(w, 10, RoundingMode.HALF_UP);
    }

    /**
     * A statistic as a reader wants it: "6" for a whole number, "5,5" otherwise (one
     * decimal).
     */
    public String amount(Object value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return "–";
        }
        boolean whole = d.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().scale() <= 0;
        return num(d, whole ? 0 : 1);
    }

    /** a − b, for comparisons in the text (null when either is missing). */
    public BigDecimal minus(Object a, Object b) {
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        return x == null || y == null ? null : x.subtract(y);
    }

    /** −1, 0 or 1 after rounding to what the text shows (one decimal). */
    public int sign(Object value) {
        BigDecimal d = decimal(value);
        return d == null ? 0 : d.setScale(1, RoundingMode.HALF_UP).signum();
    }

    /** Machine form for chart data in markup: "12.5". */
    public String raw(Object value) {
        BigDecimal d = decimal(value);
        return d == null ? "0" : d.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return new BigDecimal(value.toString());
    }

}
