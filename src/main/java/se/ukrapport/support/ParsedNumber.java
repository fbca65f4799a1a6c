package se.ukrapport.support;

import java.math.BigDecimal;

/**
 * What a free-text answer holds as a number.
 *
 * @param value the number, or the midpoint of a range; null unless {@link Kind#VALUE}
 */
public record ParsedNumber(Kind kind, BigDecimal value, boolean range) {

    public enum Kind {

        /** One number or one range. */
        VALUE,
        /** Empty, or an explicit non-answer such as "Vet ej" or "-". */
        NO_ANSWER,
        /** Text with no number in it, e.g. "varierar". */
        NO_NUMBER,
        /** Two or more numbers that do not form one range, e.g. "5 eller 10". */
        SEVERAL,
        /**
         * A number with more digits than any real answer has (more than
         * {@code NumberParser.MAX_DIGITS}).
         */
        TOO_LONG

    }

    public static ParsedNumber of(BigDecimal value, boolean range) {
        return new ParsedNumber(Kind.VALUE, value, range);
    }

    public static ParsedNumber none(Kind kind) {
        return new ParsedNumber(kind, null, false);
    }

    public boolean usable() {
        return kind == Kind.VALUE;
    }
}
