package se.ukrapport.domain.targets;

import java.util.regex.Pattern;

/**
 * Collapses every kind of whitespace (also no-break and thin spaces) to single spaces.
 */
public final class Whitespace {

    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u2009\\u200b\\ufeff]+");

    private Whitespace() {
    }

    public static String normalize(String s) {
        return s == null ? "" : ANY_SPACE.matcher(s).replaceAll(" ").strip();
    }

}
