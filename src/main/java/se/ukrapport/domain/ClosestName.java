package se.ukrapport.domain;

import java.util.Collection;
import java.util.function.Function;

/**
 * The known name a mistyped one was most likely meant to be ("Lerumm" → Lerum,
 * "q36_energi_etanol_minsknig" → q36_energi_etanol_minskning): the one within a small
 * number of edits, when there is exactly one closest. Appended to the messages that
 * reject a name as "; menade du …?".
 */
public final class ClosestName {

    private ClosestName() {
    }

    /**
     * "; menade du X?" when one known name is within one edit of {@code typed} (two for a
     * name of six characters or more) and no other is as close; "" otherwise.
     */
    public static String suggestion(String typed, Collection<String> known, Function<String, String> key) {
        String k = key.apply(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String name : known) {
            int d = distance(k, key.apply(name));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
                tie = false;
            }
            else if (d == bestDistance) {
                tie = true;
            }
        }
        int allowed = k.length() >= 6 ? 2 : 1;
        return best != null && !tie && bestDistance > 0 && bestDistance <= allowed ? "; menade du " + best + "?" : "";
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
