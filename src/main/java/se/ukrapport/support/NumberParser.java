package se.ukrapport.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number out of a free-text survey answer the way a person would: "ca 10" → 10,
 * "5-7" → 6, "16 766,7" → 16766.7, "1.234.567" → 1234567, "-15 000" → −15000, "år 2009" →
 * 2009. An answer is usable when it holds exactly one number or one range
 * {@code a-b}/{@code a–b} (its midpoint); words around it do not matter.
 */
public final class NumberParser {

    /**
     * A number token: space-grouped thousands ("1 234 567"), dot-grouped thousands
     * ("1.234.567"), or plain digits; then an optional decimal part with comma (Swedish)
     * or point. Digits glued to a letter before them ("CO2", "m2") are not numbers.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?: \\d{3})+(?![\\d])|\\d{1,3}(?:\\.\\d{3})+(?![\\d.])|\\d+)(?:[,.](\\d+))?(?![\\d])");

    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";

    private static final List<String> NO_ANSWER_WORDS = List.of("vet ej", "vet inte", "ej svar", "inget svar");

    /**
     * Digits before the decimal comma that a real answer never exceeds (a municipality's
     * MWh, kronor).
     */
    public static final int MAX_DIGITS = 15;

    /** Decimals kept: an answer's further decimals carry no information. */
    private static final int MAX_DECIMALS = 9;

    private NumberParser() {
    }

    public static ParsedNumber parse(String answer) {
        String text = spaces(answer == null ? "" : answer).strip();
        if (isNoAnswer(text)) {
            return ParsedNumber.none(ParsedNumber.Kind.NO_ANSWER);
        }
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return ParsedNumber.none(ParsedNumber.Kind.NO_NUMBER);
        }
        if (tokens.stream().anyMatch(t -> t.value.precision() - t.value.scale() > MAX_DIGITS)) {
            return ParsedNumber.none(ParsedNumber.Kind.TOO_LONG);
        }
        if (tokens.size() == 1) {
            return ParsedNumber.of(tokens.get(0).value, false);
        }
        if (tokens.size() == 2 && tokens.get(1).rangeEnd) {
            BigDecimal mid = tokens.get(0).value.add(tokens.get(1).value).divide(BigDecimal.valueOf(2));
            return ParsedNumber.of(mid, true);
        }
        return ParsedNumber.none(ParsedNumber.Kind.SEVERAL);
    }

    /** Empty, dashes only, or a "don't know" phrase: the respondent gave no answer. */
    static boolean isNoAnswer(String text) {
        if (text.isEmpty() || text.chars().allMatch(c -> (DASHES + "./ ").indexOf(c) >= 0)) {
            return true;
        }
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").strip();
        return NO_ANSWER_WORDS.contains(folded);
    }

    /** No-break and thin spaces are thousands separators too. */
    public static String spaces(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    }

    private record Token(BigDecimal value, int start, int end, boolean rangeEnd) {
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String integer = m.group(1).replace(" ", "").replace(".", "");
            String decimals = m.group(2);
            BigDecimal v = new BigDecimal(decimals == null ? integer : integer + "." + decimals);
            if (v.scale() > MAX_DECIMALS) {
                v = v.setScale(MAX_DECIMALS, java.math.RoundingMode.HALF_UP);
            }
            int start = m.start();
            boolean rangeEnd = false;
            int dash = dashBefore(text, start);
            if (dash >= 0) {
                // A dash with a number right before it separates a range; otherwise,
                // glued to the
                // digits, it is a minus sign ("-15 000"; "- 5" stays 5, as a lone dash
                // means nothing).
                Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && text.substring(prev.end, dash).isBlank()) {
                    rangeEnd = true;
                }
                else if (dash == start - 1) {
                    v = v.negate();
                }
            }
            out.add(new Token(v, start, m.end(), rangeEnd));
        }
        return out;
    }

    /** Index of a dash standing (perhaps with spaces) right before {@code pos}, or -1. */
    private static int dashBefore(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && DASHES.indexOf(text.charAt(i)) >= 0 ? i : -1;
    }

}
