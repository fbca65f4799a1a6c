package se.ukrapport.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Swedish prose into sentences. A sentence ends at ".", "!" or "?" followed by
 * space and a capital letter, digit or quote — unless the dot closes an abbreviation that
 * does not end sentences ("t.ex.", "bl.a.", "ca.", "t.o.m.", "nr.", "jämf.", "jmf.", and
 * a word cut short such as "energianv." or "Energiförb."). A full stop between a
 * lower-case word and a capitalised word without a space ("ska öka.Biltrafiken") ends a
 * sentence too. A remark in parentheses that stands between two sentences ("… bränslen.
 * (exklusive effekttoppar) År 2010 ska …") is a unit of its own. Decimal commas/points
 * and units like "kWh/m2" never split.
 */
public final class SentenceSplitter {

    /**
     * Abbreviations after which a capital letter or digit still continues the sentence.
     */
    private static final Set<String> NON_FINAL_ABBREVIATIONS = Set.of("t.ex", "bl.a", "ca", "t.o.m", "fr.o.m", "f.o.m",
            "tom", "fr", "s.k", "nr", "kap", "jfr", "resp", "inkl", "exkl", "p.g.a", "pga", "dvs", "d.v.s", "el.dyl",
            "ev", "enl", "ang", "avs", "kl", "tel", "milj", "mdr", "t", "s", "e.d", "prop", "sfs", "bet", "dir", "sou",
            "ds", "fig", "tab", "sid", "s.a", "u.a", "o", "dr", "prof", "ordf", "cirka", "v", "vs", "jämf", "jmf",
            "exl", "ex", "tot", "anv", "förb", "förbr", "uppv", "prod", "forts", "gr", "ung", "max", "min", "mha",
            "m.h.a");

    /**
     * Stems that words are cut to when abbreviated inside a sentence: "energianv.",
     * "el.anv.", "Energiförb.", "elförbr.", "tot." — a word ending in one of them never
     * ends a sentence.
     */
    private static final List<String> CUT_STEMS = List.of("anv", "förb", "förbr", "uppv", "prod", "tillf", "jämf",
            "inkl", "exkl");

    /**
     * Of those, the ones that often close a sentence: split when a capital letter
     * follows.
     */
    private static final Set<String> MAY_END_SENTENCE = Set.of("etc", "osv", "o.s.v", "m.m", "m.fl", "mfl", "mm", "st",
            "kvm", "tkr", "mkr", "mnkr");

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        String s = SwedishText.clean(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' && closesLeadingRemark(s, start, i)) {
                add(out, s.substring(start, i + 1));
                start = i + 2;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            // Closing quotes/brackets belong to the sentence they close.
            while (end < s.length() && "\"”’')".indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            if (c == '.' && end < s.length() && glued(s, start, i)) {
                add(out, s.substring(start, end));
                start = end;
                continue;
            }
            if (end >= s.length() || s.charAt(end) != ' ') {
                continue;
            }
            int next = end + 1;
            if (next >= s.length() || !startsSentence(s.charAt(next))) {
                continue;
            }
            if (c == '.' && !endsSentence(s, start, i, s.charAt(next))) {
                continue;
            }
            add(out, s.substring(start, end));
            start = next;
        }
        add(out, s.substring(start));
        return out;
    }

    /**
     * "öka.Biltrafiken": a dot between a word of lower-case letters and a capitalised
     * word with no space, where the word before is no abbreviation ("el.Anv" stays, as do
     * "t.ex" and URLs).
     */
    private static boolean glued(String s, int start, int dot) {
        if (dot == 0 || dot + 2 >= s.length()) {
            return false;
        }
        char before = s.charAt(dot - 1);
        char next = s.charAt(dot + 1);
        char after = s.charAt(dot + 2);
        if (!Character.isLowerCase(before) || !Character.isUpperCase(next) || !Character.isLowerCase(after)) {
            return false;
        }
        int w = dot;
        while (w > start && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (w > start && s.charAt(w - 1) != ' ') {
            return false;
        }
        String word = s.substring(w, dot).toLowerCase(Locale.ROOT);
        return word.length() > 1 && !isAbbreviation(word);
    }

    /**
     * A ")" that closes a remark standing at the start of the sentence, with a new
     * sentence after it.
     */
    private static boolean closesLeadingRemark(String s, int start, int close) {
        if (start >= s.length() || s.charAt(start) != '('
                || s.indexOf('(', start + 1) >= 0 && s.indexOf('(', start + 1) < close) {
            return false;
        }
        return close + 2 < s.length() && s.charAt(close + 1) == ' ' && Character.isUpperCase(s.charAt(close + 2));
    }

    private static boolean isAbbreviation(String word) {
        if (NON_FINAL_ABBREVIATIONS.contains(word)) {
            return true;
        }
        for (String stem : CUT_STEMS) {
            if (word.endsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '”' || c == '(' || c == '–'
                || c == '-';
    }

    /** Whether the dot at {@code dot} ends a sentence, judged by the word it closes. */
    private static boolean endsSentence(String s, int start, int dot, char nextChar) {
        int w = dot;
        while (w > start && s.charAt(w - 1) != ' ' && s.charAt(w - 1) != '(') {
            w--;
        }
        String word = s.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return true;
        }
        if (MAY_END_SENTENCE.contains(word)) {
            return Character.isUpperCase(nextChar);
        }
        if (isAbbreviation(word) || word.contains(".") && isAbbreviation(word.substring(word.lastIndexOf('.') + 1))) {
            return false;
        }
        // A single capital before a dot is an initial ("K. Andersson"), not a sentence
        // end.
        return !(word.length() == 1 && Character.isUpperCase(s.charAt(w)));
    }

    private static void add(List<String> out, String sentence) {
        String t = sentence.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

}
