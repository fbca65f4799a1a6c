package se.ukrapport.render.template;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.ukrapport.support.NumberFormats;

/** Number formatting for templates: {@code d.fmt().num(x, 1)} → "16 766,7", {@code pct} → "88 %". */
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
