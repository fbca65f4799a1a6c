package se.ukrapport.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Swedish prose into sentences. A sentence ends at ".", "!" or "?" followed by space and a
 * capital letter, digit or quote — unless the dot closes an abbreviation that does not end
 * sentences ("t.ex.", "bl.a.", "ca.", "t.o.m.", "nr."). Decimal commas/points and units like
 * "kWh/m2" never split, since no space follows inside them.
 */
public final class SentenceSplitter {

    /** Abbreviations after which a capital letter or digit still continues the sentence. */
    private static final Set<String> NON_FINAL_ABBREVIATIONS = Set.of(
            "t.ex", "bl.a", "ca", "t.o.m", "fr.o.m", "f.o.m", "tom", "fr", "s.k", "nr", "kap", "jfr", "resp", "inkl", "exkl",
            "p.g.a", "pga", "dvs", "d.v.s", "el.dyl", "ev", "enl", "ang", "avs", "kl", "tel", "milj", "mdr", "t", "s", "e.d",
            "prop", "sfs", "bet", "dir", "sou", "ds", "fig", "tab", "sid", "s.a", "u.a", "o", "dr", "prof", "ordf", "cirka", "v", "vs");
    /** Of those, the ones that often close a sentence: split when a capital letter follows. */
    private static final Set<String> MAY_END_SENTENCE = Set.of(
            "etc", "osv", "o.s.v", "m.m", "m.fl", "mfl", "mm", "st", "kvm", "tkr", "mkr", "mnkr");

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        String s = SwedishText.clean(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            // Closing quotes/brackets belong to the sentence they close.
            while (end < s.length() && "\"”’')".indexOf(s.charAt(end)) >= 0) {
                end++;
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

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '”' || c == '(' || c == '–' || c == '-';
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
        if (NON_FINAL_ABBREVIATIONS.contains(word)) {
            return false;
        }
        // A single capital before a dot is an initial ("K. Andersson"), not a sentence end.
        return !(word.length() == 1 && Character.isUpperCase(s.charAt(w)));
    }

    private static void add(List<String> out, String sentence) {
        String t = sentence.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
