package se.ukrapport.render.template;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.ukrapport.domain.survey.OpenAnswer;

/**
 * Groups open answers into a handful of reasons by word cues, so that a table can say how
 * many municipalities give each reason.
 *
 * <p>
 * A cue is one or more word stems ("politi" takes politiskt, politikerna, Politisk); a
 * cue of several stems matches consecutive words. Matching ignores case and accents
 * written as combining marks, so "POLITISKT" and "politiskt" are the same. A cue negated
 * in its sentence ("inte", "ej", "aldrig" or "inga" up to three words before it) does not
 * count for its reason; a reason can instead ask for a negated cue ("inte arbetat med
 * tidigare" is a new area, not earlier work). An answer can give several reasons and is
 * counted under each; an answer that matches none is counted under {@link #OTHER}.
 */
public final class ReasonGroups {

    /** The group of answers that match no reason. */
    public static final String OTHER = "Övrigt";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final Set<String> NEGATIONS = Set.of("inte", "ej", "icke", "aldrig", "inga", "ingen", "inget");

    private static final int NEGATION_REACH = 3;

    /** Stems of this many letters or more are also found inside a compound word. */
    private static final int COMPOUND_PART = 6;

    /**
     * A reason: its label as the report shows it, the cues that give it and the cues that
     * give it only when negated.
     */
    public record Reason(String label, List<String> cues, List<String> negatedCues) {

        public Reason(String label, List<String> cues) {
            this(label, cues, List.of());
        }

    }

    /**
     * One reason with the municipalities that give it, in the order of the answers, and
     * one of their answers to quote.
     */
    public record Group(String label, List<String> municipalities, OpenAnswer quote, int answered) {

        public int count() {
            return municipalities.size();
        }

        /** Share of the municipalities that answered, percent (unrounded). */
        public java.math.BigDecimal percent() {
            return Formats.INSTANCE.share(count(), answered);
        }

        public boolean other() {
            return OTHER.equals(label);
        }

    }

    /**
     * The grouping of one question's answers: the groups largest first ({@link #OTHER}
     * last), how many answered and how many answers give more than one reason.
     */
    public record Result(List<Group> groups, int answered, int severalReasons) {

        /** The reasons that some answer gives, without {@link #OTHER}, largest first. */
        public List<Group> reasons() {
            return groups.stream().filter(g -> !g.other()).toList();
        }

        /** The group of answers that match no reason, or null when every answer does. */
        public Group other() {
            return groups.stream().filter(Group::other).findFirst().orElse(null);
        }

    }

    /**
     * Why the municipalities chose their theme areas (q26_tema_skal of the 2011 survey):
     * the reasons the answers give, as the 2011 report's table of motives reads them.
     */
    public static final ReasonGroups THEME_CHOICE = new ReasonGroups(List.of(
            new Reason("Området står för en stor del av energianvändningen eller utsläppen",
                    List.of("störst", "största", "utsläpp", "klimatpåverk", "växthusgas", "energianvändning",
                            "potential", "stor del", "mest bidragande")),
            new Reason("Arbete som redan pågick eller var planerat",
                    List.of("redan", "tidigare", "igång", "ändå", "pågå", "befintlig", "fortsätt", "planerade",
                            "skulle göra", "ny översiktsplan", "ny öp")),
            new Reason("Ett nytt område för kommunen",
                    List.of("ogjort", "nytt område", "nya områden", "ny kompetens", "nya grepp"),
                    List.of("arbetat", "gjort", "jobbat", "kompetens", "erfarenhet")),
            new Reason("Politiskt beslut eller uppdrag",
                    List.of("politi", "beslut", "uppdrag", "fullmäktige", "kommunstyrelse", "nämnd")),
            new Reason("Ekonomiska skäl",
                    List.of("ekonomi", "lönar", "lönsam", "kostnad", "besparing", "spara", "pengar", "morot",
                            "billig")),
            new Reason("Passar kommunens förutsättningar och övriga arbete",
                    List.of("passar", "hänger ihop", "hör ihop", "övriga", "insatsområde", "strategi", "följer",
                            "integrer", "liten kommun", "små kommun", "mindre kommun", "begränsade resurser")),
            new Reason("Samarbete eller efterfrågan från andra",
                    List.of("kluster", "andra kommuner", "gemensam", "efterfråga", "önskemål", "engager", "intresse",
                            "hängde på", "hakade på", "samarbet", "samverk"))));

    /**
     * How the municipalities work to keep the political support after the programme
     * (q11_framtid): the ways the answers name, and the answers that have none yet.
     */
    public static final ReasonGroups POLITICAL_SUPPORT = new ReasonGroups(List.of(
            new Reason("Inarbetat i budget, verksamhetsplanering och styrning",
                    List.of("budget", "verksamhetsplan", "ordinarie", "inarbet", "ägardirektiv", "nämnders mål",
                            "årsredovisning", "internkontroll", "miljöledning", "ledningssystem", "nyckeltal")),
            new Reason("Politiska organ och återrapportering till politiken",
                    List.of("styrgrupp", "kommunstyrelse", "fullmäktige", "utskott", "beredning", "klimatråd",
                            "rapporter", "återrapport", "politisk styr", "ordförande")),
            new Reason("Strategi eller plan som gäller framåt",
                    List.of("strategi", "energiplan", "klimatplan", "handlingsplan", "gäller flera")),
            new Reason("Egen personal eller egna medel",
                    List.of("anställ", "klimatstrateg", "energistrateg", "tjänst", "egen rad", "klimatpott",
                            "egna medel")),
            new Reason("Fortsatt samarbete i nätverk eller stöd",
                    List.of("nätverk", "kluster", "energieffektiviseringsstöd", "regional", "samarbet", "samverk")),
            new Reason("Ingen plan ännu eller osäkert", List.of("osäker", "oklart", "vet inte", "beroende av"),
                    List.of("plan", "färdig", "beslut", "klart"))));

    private final List<Reason> reasons;

    private final List<List<List<String>>> cues = new ArrayList<>();

    private final List<List<List<String>>> negatedCues = new ArrayList<>();

    public ReasonGroups(List<Reason> reasons) {
        this.reasons = List.copyOf(reasons);
        for (Reason r : reasons) {
            cues.add(r.cues().stream().map(ReasonGroups::words).toList());
            negatedCues.add(r.negatedCues().stream().map(ReasonGroups::words).toList());
        }
    }

    /** The labels of the reasons an answer gives, in the order of the reasons. */
    public List<String> reasonsOf(String answer) {
        List<List<String>> sentences = sentences(answer);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            if (matches(sentences, cues.get(i), false) || matches(sentences, negatedCues.get(i), true)) {
                out.add(reasons.get(i).label());
            }
        }
        return out;
    }

    /**
     * Groups the answers (empty ones are left out). Groups no answer gives are left out;
     * groups of equal size keep the order of the reasons; the quote of a group is an
     * answer of readable length not quoted for another group where there is one.
     */
    public Result group(List<OpenAnswer> answers) {
        Map<String, List<OpenAnswer>> by = new LinkedHashMap<>();
        for (Reason r : reasons) {
            by.put(r.label(), new ArrayList<>());
        }
        by.put(OTHER, new ArrayList<>());
        int answered = 0;
        int several = 0;
        for (OpenAnswer a : answers) {
            if (a.text() == null || a.text().isBlank()) {
                continue;
            }
            answered++;
            List<String> found = reasonsOf(a.text());
            if (found.size() > 1) {
                several++;
            }
            for (String label : found.isEmpty() ? List.of(OTHER) : found) {
                by.get(label).add(a);
            }
        }
        List<Map.Entry<String, List<OpenAnswer>>> entries = new ArrayList<>();
        for (var e : by.entrySet()) {
            if (!e.getValue().isEmpty() && !e.getKey().equals(OTHER)) {
                entries.add(e);
            }
        }
        entries
            .sort(Comparator.comparingInt((Map.Entry<String, List<OpenAnswer>> e) -> e.getValue().size()).reversed());
        if (!by.get(OTHER).isEmpty()) {
            entries.add(Map.entry(OTHER, by.get(OTHER)));
        }
        Set<String> quoted = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        for (var e : entries) {
            OpenAnswer quote = quote(e.getValue(), quoted);
            quoted.add(key(quote.text()));
            groups.add(new Group(e.getKey(), e.getValue().stream().map(OpenAnswer::municipality).toList(), quote,
                    answered));
        }
        return new Result(List.copyOf(groups), answered, several);
    }

    /**
     * The answer closest to a readable length (about a line of text), preferring one not
     * quoted yet; ties go to the municipality first in Swedish order.
     */
    private static OpenAnswer quote(List<OpenAnswer> answers, Set<String> quoted) {
        Collator collator = Collator.getInstance(SWEDISH);
        Comparator<OpenAnswer> order = Comparator.comparing((OpenAnswer a) -> quoted.contains(key(a.text())))
            .thenComparingInt(a -> Math.abs(a.text().strip().length() - 90))
            .thenComparing(OpenAnswer::municipality, collator);
        OpenAnswer best = answers.stream().min(order).orElseThrow();
        // Quoted inside the report's ”…”: the answer's own quotation marks become ’…’.
        String text = best.text().strip().replaceAll("\\s+", " ").replaceAll("[\"”“]", "’");
        return new OpenAnswer(best.municipality(), text);
    }

    private static String key(String text) {
        return normalize(text).replaceAll("\\s+", " ").strip();
    }

    private static boolean matches(List<List<String>> sentences, List<List<String>> cueList, boolean negated) {
        for (List<String> words : sentences) {
            for (List<String> cue : cueList) {
                for (int i = 0; i + cue.size() <= words.size(); i++) {
                    if (startsAt(words, i, cue) && negatedAt(words, i) == negated) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<String> words, int at, List<String> cue) {
        for (int k = 0; k < cue.size(); k++) {
            // Every stem but the last must be a whole word ("hänger ihop", not
            // "hängeri").
            String w = words.get(at + k);
            String stem = cue.get(k);
            // A long stem is also found as the last part of a compound ("utskott" in
            // "miljöutskottet"), a short one only at the start of a word.
            boolean found = k < cue.size() - 1 ? w.equals(stem)
                    : stem.length() >= COMPOUND_PART ? w.contains(stem) : w.startsWith(stem);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean negatedAt(List<String> words, int at) {
        for (int i = Math.max(0, at - NEGATION_REACH); i < at; i++) {
            if (NEGATIONS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The answer's sentences (split at . ! ? ; and line breaks) as lower-case words. */
    private static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String s : normalize(text).split("[.!?;:\\n\\r]+")) {
            List<String> words = words(s);
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : normalize(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower case, å ä ö kept as letters (NFC), other accents removed (é → e). */
    private static String normalize(String text) {
        String nfd = Normalizer.normalize(text.toLowerCase(SWEDISH), Normalizer.Form.NFD);
        // Keep the ring and the diaeresis on a, o (å, ä, ö), drop the others.
        String kept = nfd.replaceAll("(?<=[ao])([\\u030A\\u0308])", "\u0000$1")
            .replaceAll("(?<!\\u0000)\\p{Mn}", "")
            .replace("\u0000", "");
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

}
