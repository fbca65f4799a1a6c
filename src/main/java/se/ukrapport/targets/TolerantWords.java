package se.ukrapport.targets;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typo tolerance for the cue words: a word of six letters or more that is not itself a
 * cue word but lies within one edit (insertion, deletion, substitution or swap of
 * neighbours) of one is read as that cue word ("kommunla" → "kommunala", "föhållande" →
 * "förhållande", "miljlöbilar" → "miljöbilar", "längre än … 1990" → "lägre"). The list
 * holds whole cue words with their common inflections, so that a correct inflection is
 * never "repaired" into another one.
 */
final class TolerantWords {

    private static final int MIN_LENGTH = 6;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Cue words, in the order a tie is decided. */
    private static final List<String> CUES = List.of("jämfört", "jämförelse", "förhållande", "basåret", "senast",
            "kommunal", "kommunala", "kommunalt", "kommunens", "kommunen", "kommuner", "kommunerna", "kommuninvånare",
            "kommunkoncernen", "kommunägda", "kommunalägda", "fastighet", "fastigheter", "fastigheterna",
            "fastighetens", "fastighetsbestånd", "fastighetsbeståndet", "fordonspark", "fordonsparken",
            "fordonsparkens", "miljöbil", "miljöbilar", "miljöbilarna", "miljöfordon", "transport", "transporter",
            "transporterna", "persontransporter", "transportsektorn", "uppvärmning", "uppvärmningen", "förnybar",
            "förnybara", "förnybart", "förnyelsebar", "förnyelsebara", "förnyelsebart", "utsläpp", "utsläppen",
            "koldioxid", "växthusgaser", "energianvändning", "energianvändningen", "elanvändning", "elanvändningen",
            "elförbrukning", "elförbrukningen", "lägre", "resandeökning");

    /** Real words one edit from a cue word; never repaired. */
    private static final Set<String> KEEP = Set.of("kommunalt", "jämföra", "jämförs", "förhållanden", "transporten",
            "transportera", "transporteras", "lägret", "fastigheten", "fastighets", "miljöbilen", "kommunernas",
            "förnybarhet");

    private static final Set<String> CUE_SET = Set.copyOf(CUES);

    private TolerantWords() {
    }

    /** The folded text with each near-miss of a cue word replaced by the cue word. */
    static String repair(String folded) {
        Matcher m = WORD.matcher(folded);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() < MIN_LENGTH || CUE_SET.contains(w) || KEEP.contains(w)) {
                continue;
            }
            String cue = nearestCue(w);
            if (cue == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(folded.length());
            }
            sb.append(folded, last, m.start()).append(cue);
            last = m.end();
        }
        if (sb == null) {
            return folded;
        }
        return sb.append(folded.substring(last)).toString();
    }

    private static String nearestCue(String w) {
        for (String cue : CUES) {
            if (Math.abs(cue.length() - w.length()) <= 1 && withinOneEdit(w, cue)) {
                return cue;
            }
        }
        return null;
    }

    /** Optimal-string-alignment distance ≤ 1. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String s = la < lb ? a : b;
        String l = la < lb ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.substring(i).equals(l.substring(i + 1));
    }

}
