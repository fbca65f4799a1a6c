package se.ukrapport.render.model;

import java.util.regex.Pattern;

/**
 * Swedish typography for text a reader sees, also text taken from the municipalities'
 * documents: a number stays on one line with its thousands groups, its per cent sign and
 * its unit (no-break spaces), and a range of years takes an en dash ("2008–2011").
 * Applied once, when the document model is made, so every edition shows the same.
 */
public final class SwedishTypography {

    private static final char NBSP = '\u00a0';

    private static final Pattern YEAR_RANGE = Pattern
        .compile("(?<![\\d.,])((?:19|20)\\d{2})-((?:19|20)\\d{2})(?![\\d.,]\\d)");

    /** A digit, a space, then a thousands group (exactly three digits). */
    private static final Pattern THOUSANDS = Pattern.compile("(\\d) (\\d{3})(?![\\d])");

    /**
     * The end of a word: no letter, digit or underscore follows. Written out instead of
     * {@code \b}, whose meaning changed in Java 19 (JDK-8264160: ASCII word characters
     * only, so "kr" ended a word in "kräver" there and not on Java 17); this is Java 17's
     * meaning, on every Java.
     */
    private static final String END = "(?![\\p{L}\\p{Nd}_])";

    /** A digit, a space, then a per cent sign or a unit. */
    private static final Pattern UNIT = Pattern.compile(
            ("(\\d) (%|‰|(?:k|M|G|T)Wh\\b|(?:k|M|G)W\\b|kWh/m²|kr\\b|tkr\\b|mnkr\\b|Mkr\\b|ton\\b|kg\\b|m²|m2\\b|km\\b"
                    + "|procent\\b|st\\b|timmar\\b|tim\\b|h\\b)")
                .replace("\\b", END));

    private SwedishTypography() {
    }

    public static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = YEAR_RANGE.matcher(text).replaceAll("$1\u2013$2");
        String before;
        do {
            before = t;
            t = THOUSANDS.matcher(t).replaceAll("$1" + NBSP + "$2");
        }
        while (!t.equals(before));
        return UNIT.matcher(t).replaceAll("$1" + NBSP + "$2");
    }

}
