package se.ukrapport.targets;

import static se.ukrapport.targets.TargetCues.DECREASE;
import static se.ukrapport.targets.TargetCues.GEOGRAPHIC_AREA;
import static se.ukrapport.targets.TargetCues.HIGHER_THAN_BASE;
import static se.ukrapport.targets.TargetCues.INCREASE;
import static se.ukrapport.targets.TargetCues.LOWER_THAN_BASE;
import static se.ukrapport.targets.TargetCues.COMPANY;
import static se.ukrapport.targets.TargetCues.OWN_ORGANISATION;
import static se.ukrapport.targets.TargetCues.WEAK_OWN_ORGANISATION;
import static se.ukrapport.targets.TargetCues.YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.TargetCategory;

/**
 * Reads the fields of one target sentence: share (andel_procent), direction (riktning),
 * base year (basår), target year (målår) and scope (omfattning), as target-guidelines.md
 * defines them.
 */
public final class TargetFieldParser {

    /**
     * The year a CO2 target is measured from when it names none (the Kyoto base year).
     */
    static final int DEFAULT_CO2_BASE_YEAR = 1990;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";

    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*(?:%|procent)", FLAGS);

    /**
     * "från 2 % år 2006 till minst 50 % år 2012": the share after "till" is the target.
     */
    private static final Pattern FROM_TO_PERCENT = Pattern.compile("från\\s+" + NUMBER
            + "\\s*(?:%|procent)[^;]*?\\btill\\s+(?:\\p{L}+\\s+){0,3}?" + NUMBER + "\\s*(?:%|procent)", FLAGS);

    private static final Pattern WORD_PERCENT = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\s+procent", FLAGS);

    private static final Pattern HALVE = Pattern
        .compile("halver\\p{L}*|till\\s+hälften|med\\s+hälften|\\bhälften\\s+av\\b", FLAGS);

    private static final Pattern THREE_QUARTERS = Pattern.compile("\\btre\\s+fjärdedel\\p{L}*", FLAGS);

    private static final Pattern QUARTER = Pattern.compile("\\bfjärdedel\\p{L}*", FLAGS);

    private static final Pattern DOUBLE = Pattern.compile("fördubbl\\p{L}*", FLAGS);

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("en", 1), Map.entry("ett", 1),
            Map.entry("två", 2), Map.entry("tre", 3), Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6),
            Map.entry("sju", 7), Map.entry("åtta", 8), Map.entry("nio", 9));

    private static final Map<String, Integer> TEENS = Map.ofEntries(Map.entry("tio", 10), Map.entry("elva", 11),
            Map.entry("tolv", 12), Map.entry("tretton", 13), Map.entry("fjorton", 14), Map.entry("femton", 15),
            Map.entry("sexton", 16), Map.entry("sjutton", 17), Map.entry("arton", 18), Map.entry("aderton", 18),
            Map.entry("nitton", 19));

    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry("tjugo", 20), Map.entry("trettio", 30),
            Map.entry("fyrtio", 40), Map.entry("femtio", 50), Map.entry("sextio", 60), Map.entry("sjuttio", 70),
            Map.entry("åttio", 80), Map.entry("nittio", 90));

    // ---- Year phrases ----
    private static final String Y = YEAR;

    /**
     * Explicit comparison: "jämfört med 2005", "lägre än 1990", "räknat från 2008",
     * "basåret 2007".
     */
    private static final Pattern EXPLICIT_BASE = Pattern.compile(
            "(?:jämfört\\s+(?:med|mot)|(?:jämf|jmf|jfr)\\.?(?:\\s*(?:med|mot)\\b)?|i\\s+jämförelse\\s+med|i\\s+förhållande\\s+till|relativt|räknat\\s+(?:från|mot|med)|sedan|\\bmot|\\bän"
                    + "|med\\s+utgångspunkt\\s+(?:i|från)|basår(?:et)?|referensår(?:et)?|utgångsår(?:et)?|jämförelseår(?:et)?|\\bbas)"
                    + "\\s*:?\\s+(?:(?:år|åren|\\p{L}*nivån|nivåerna|läget|utfallet|värdet|värdena|förhållandena|basåret|referensåret|under|för|i|vid|är|de|den|det"
                    + "|\\p{L}*utsläppen|\\p{L}*användningen|\\p{L}*förbrukningen)\\s+){0,3}" + Y + "|" + Y
                    + "\\s+års\\b" + "|med\\s+" + Y
                    + "\\s+som\\s+(?:basår|referensår|utgångsår|jämförelseår|bas|utgångspunkt)",
            FLAGS);

    /**
     * "från 2005 till 2010", "från 2 % år 2006 till …" — also at the start of a sentence.
     */
    private static final Pattern FROM_TO_BASE = Pattern.compile(
            "\\bfrån\\s+(?:[\\d,.]+\\s*(?:%|procent)\\s+)?(?:år\\s+)?" + Y + "\\s*(?:-|till\\b|t\\.?\\s?o\\.?\\s?m)",
            FLAGS);

    /**
     * "ska minska med 10 % från 2004": inside a sentence; a leading "Från 2012 ska …" is
     * a start date.
     */
    private static final Pattern FROM_INSIDE_BASE = Pattern
        .compile("(?<=\\S )från\\s+(?!och\\s+med)(?:år\\s+)?" + Y + "(?!\\s+och\\s+framåt)", FLAGS);

    /** "mellan 2000 och 2010". */
    private static final Pattern BETWEEN = Pattern
        .compile("mellan\\s+(?:år\\s+|åren\\s+)?" + Y + "\\s+och\\s+(?:år\\s+)?" + Y, FLAGS);

    /** "2008-2012", "(2008–2020)", "2008 - 2012". */
    private static final Pattern SPAN = Pattern.compile(Y + "\\s*-\\s*" + Y, FLAGS);

    /** The year something shall be reached by. */
    private static final Pattern MARKED_TARGET = Pattern.compile(
            "(?:till\\s+och\\s+med|t\\.?\\s?o\\.?\\s?m\\.?|fram\\s+till|(?:uppnå|uppnår|uppnås|nå|når|nås)(?:\\s+\\p{L}+)?|senast(?:\\s+(?:till|under|i|vid))?|\\btill|före|innan|vid\\s+utgången\\s+av|i\\s+slutet\\s+av"
                    + "|utgången\\s+av|\\bunder|\\binom|\\bår|fr\\.?\\s?o\\.?\\s?m\\.?|från\\s+och\\s+med|\\bska|\\bskall|\\bbör)\\s+(?:år\\s+|utgången\\s+av\\s+|slutet\\s+av\\s+)?"
                    + Y + "|^" + Y + "|" + Y + "\\s+(?:ska|skall|bör)\\b|från\\s+(?:år\\s+)?" + Y
                    + "(?=\\s+och\\s+framåt)",
            FLAGS);

    private static final Pattern ANY_YEAR = Pattern.compile(Y, FLAGS);

    /**
     * Verbs (not adjectives or nouns) of change rank first: "ökad användning av biogas"
     * is a means.
     */
    private static final Pattern DECREASE_VERB = Pattern.compile(
            "\\b(?:minska|minskas|minskar|minskat|minskats|sänka|sänkas|sänks|sänkt|sänkts|reducera|reduceras|reducerats|reducerat|halvera|halveras|halverats|halverat|dras\\s+ned|dras\\s+ner)\\b",
            FLAGS);

    private static final Pattern INCREASE_VERB = Pattern.compile(
            "\\b(?:öka|ökas|ökar|ökat|ökats|höja|höjas|höjs|höjt|höjts|fördubbla|fördubblas|fördubblats|fördubblat|växa|växer|vuxit|utökas|utökats|byggas\\s+ut|byggs\\s+ut)\\b",
            FLAGS);

    /**
     * Making more efficient lowers the use; the noun ("ett program för
     * energieffektivisering") only with an amount.
     */
    private static final Pattern WEAK_DECREASE = Pattern
        .compile("effektivisera(?:s|ts|d|de)?\\b|\\b(?:be)?spara(?:s|ts)?\\b", FLAGS);

    private static final Pattern WEAK_DECREASE_NOUN = Pattern.compile("effektivisering\\p{L}*", FLAGS);

    /**
     * A negated change or limit is a level: "ska ej överstiga 2000 kg", "som inte ökar
     * växthuseffekten", "utan ökning av …".
     */
    private static final Pattern NEGATED_CHANGE = Pattern.compile(
            "\\b(?:inte|ej|icke|utan)\\s+(?:att\\s+)?(?:\\p{L}+\\s+)?(?:öka|ökar|ökas|ökat|ökning|minska|minskar|minskning|överstiga|överstiger|understiga|höjas|sänkas)\\p{L}*",
            FLAGS);

    // ---- several targets in one sentence ----
    /** Where a sentence may go on with a further target. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",\\s+|;\\s+|\\s+och\\s+|\\s+samt\\s+", FLAGS);

    /** "… genom att öka …": what follows is the means, not the target. */
    private static final Pattern MEANS = Pattern.compile("\\s+genom\\s+att\\s+", FLAGS);

    /** What makes a clause a complete target: a change, a level or a state. */
    private static final Pattern PREDICATE = Pattern.compile(
            "\\b(?:minska|öka|sänk|höj|reducer|halver|fördubbl|effektivis)\\p{L}*|\\b(?:inga|ingen|inget|vara|bli|utgöra|uppgå|understiga|överstiga|högst|minst|maximalt"
                    + "|fasas|elimineras|ersättas|konverteras|upphört|upphöra)\\b|\\d\\s*(?:%|procent)",
            FLAGS);

    /**
     * What makes the next clause a target of its own: its own modal, change verb or
     * "inga".
     */
    private static final Pattern OWN_PREDICATE = Pattern.compile("\\b(?:ska|skall|bör|inga|ingen|inget)\\b|"
            + "\\b(?:minska|minskas|minskar|minskat|öka|ökas|ökar|ökat|sänka|sänkas|höja|höjas|halvera|halveras|reducera|reduceras)\\b",
            FLAGS);

    private TargetFieldParser() {
    }

    /**
     * The fields of the first target the sentence states ("… ska vara miljömärkt och 75 %
     * av kommunens fordon ska vara miljöfordon": the first has no share). A base year
     * stated at the end counts for a first target that is a change ("ska ha minskat med
     * 10 % och elförbrukningen minskat med 15 % jämf. med 2006"), not for one that is a
     * state ("inga fossila bränslen 2020, minska oljan med 40 % … jämf. med 2005"); a
     * scope cue anywhere counts when the first target names none.
     */
    public static TargetFields parse(String sentence, TargetCategory category) {
        String all = SwedishText.fold(sentence);
        String t = firstTarget(all);
        String direction = direction(t);
        Integer base = baseYear(t);
        if (base == null && !direction.isEmpty() && t.length() < all.length()) {
            base = baseYear(all);
        }
        if (base == null && category == TargetCategory.CO2) {
            base = DEFAULT_CO2_BASE_YEAR;
        }
        String scope = scope(t, sentence);
        if (scope.isEmpty()) {
            scope = scope(all, sentence);
        }
        return new TargetFields(sharePercent(t), direction, base, targetYear(t), scope);
    }

    /**
     * The part of a folded sentence that states its first target: cut before "genom att"
     * (the means) and at a ",", ";", "och" or "samt" after which a clause with its own
     * modal or change verb follows, once the part before holds a complete target.
     */
    static String firstTarget(String folded) {
        Matcher means = MEANS.matcher(folded);
        String t = folded;
        if (means.find() && PREDICATE.matcher(folded.substring(0, means.start())).find()) {
            t = folded.substring(0, means.start());
        }
        Matcher b = CLAUSE_BOUNDARY.matcher(t);
        List<int[]> bounds = new ArrayList<>();
        while (b.find()) {
            bounds.add(new int[] { b.start(), b.end() });
        }
        for (int i = 0; i < bounds.size(); i++) {
            int nextStart = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : t.length();
            String before = t.substring(0, bounds.get(i)[0]);
            String clause = t.substring(bounds.get(i)[1], nextStart);
            if (PREDICATE.matcher(before).find() && OWN_PREDICATE.matcher(clause).find()
                    && !sharesModal(before, clause)) {
                return before;
            }
        }
        return t;
    }

    // ---- andel_procent ----

    static BigDecimal sharePercent(String folded) {
        Matcher fromTo = FROM_TO_PERCENT.matcher(folded);
        if (fromTo.find()) {
            return number(fromTo.group(2));
        }
        Matcher m = PERCENT.matcher(folded);
        if (m.find()) {
            return number(m.group(1));
        }
        Matcher w = WORD_PERCENT.matcher(folded);
        while (w.find()) {
            Integer n = numberWord(w.group(1));
            if (n != null) {
                return BigDecimal.valueOf(n);
            }
        }
        if (HALVE.matcher(folded).find()) {
            return FIFTY;
        }
        if (THREE_QUARTERS.matcher(folded).find()) {
            return BigDecimal.valueOf(75);
        }
        if (QUARTER.matcher(folded).find()) {
            return BigDecimal.valueOf(25);
        }
        if (DOUBLE.matcher(folded).find()) {
            return HUNDRED;
        }
        return null;
    }

    private static BigDecimal number(String s) {
        BigDecimal v = new BigDecimal(s.replace(',', '.')).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Swedish number words up to hundred: "tjugo", "tjugofem", "femton", "hundra". */
    static Integer numberWord(String word) {
        String w = word.toLowerCase();
        if (w.equals("hundra") || w.equals("etthundra")) {
            return 100;
        }
        if (UNITS.containsKey(w)) {
            return UNITS.get(w);
        }
        if (TEENS.containsKey(w)) {
            return TEENS.get(w);
        }
        for (Map.Entry<String, Integer> tens : TENS.entrySet()) {
            if (w.startsWith(tens.getKey())) {
                String rest = w.substring(tens.getKey().length());
                if (rest.isEmpty()) {
                    return tens.getValue();
                }
                if (UNITS.containsKey(rest)) {
                    return tens.getValue() + UNITS.get(rest);
                }
            }
        }
        return null;
    }

    /**
     * "ska effektiviseras och minska med 10 %": a verb straight after the boundary is
     * governed by the same modal.
     */
    private static boolean sharesModal(String before, String clause) {
        Matcher verb = OWN_PREDICATE.matcher(clause);
        return verb.find() && verb.start() == 0 && !verb.group().matches("ska|skall|bör|inga|ingen|inget")
                && TargetCues.MODAL.matcher(before).find();
    }

    // ---- riktning ----

    static String direction(String text) {
        String folded = blank(text, NEGATED_CHANGE);
        String verb = earliest(folded, DECREASE_VERB, INCREASE_VERB);
        if (verb != null) {
            return verb;
        }
        String noun = earliest(folded, DECREASE, INCREASE);
        if (noun != null) {
            return noun;
        }
        String comparison = earliest(folded, LOWER_THAN_BASE, HIGHER_THAN_BASE);
        if (comparison != null) {
            return comparison;
        }
        if (WEAK_DECREASE.matcher(folded).find()
                || WEAK_DECREASE_NOUN.matcher(folded).find() && PERCENT.matcher(folded).find()) {
            return MunicipalTarget.DECREASE;
        }
        return "";
    }

    private static String earliest(String folded, Pattern decrease, Pattern increase) {
        Matcher d = decrease.matcher(folded);
        Matcher i = increase.matcher(folded);
        int dAt = d.find() ? d.start() : Integer.MAX_VALUE;
        int iAt = i.find() ? i.start() : Integer.MAX_VALUE;
        if (dAt == Integer.MAX_VALUE && iAt == Integer.MAX_VALUE) {
            return null;
        }
        return dAt <= iAt ? MunicipalTarget.DECREASE : MunicipalTarget.INCREASE;
    }

    /** The text with every match of {@code p} turned into spaces, so positions stay. */
    private static String blank(String text, Pattern p) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    // ---- basår ----

    private record YearAt(int year, int start) {
    }

    /** An explicit comparison year wins over "från … till", "mellan … och" and a span. */
    static Integer baseYear(String folded) {
        YearAt y = baseYearAt(folded);
        return y == null ? null : y.year;
    }

    private static YearAt baseYearAt(String folded) {
        for (Pattern p : List.of(EXPLICIT_BASE, FROM_TO_BASE, FROM_INSIDE_BASE, BETWEEN, SPAN)) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                int g = firstGroup(m);
                return new YearAt(Integer.parseInt(m.group(g)), m.start(g));
            }
        }
        return null;
    }

    // ---- målår ----

    /**
     * The year the target shall be met: the first year in a target phrase ("till 2020",
     * "senast 2015", "år 2010 ska") that is not the base year, else the end of a span or
     * "mellan … och", else the last year that is not the base year. Years before the base
     * year are descriptions.
     */
    static Integer targetYear(String folded) {
        YearAt base = baseYearAt(folded);
        List<YearAt> candidates = new ArrayList<>();
        Matcher any = ANY_YEAR.matcher(folded);
        while (any.find()) {
            int year = Integer.parseInt(any.group(1));
            if (base != null && (any.start(1) == base.start || year <= base.year)) {
                continue;
            }
            candidates.add(new YearAt(year, any.start(1)));
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Matcher marked = MARKED_TARGET.matcher(folded);
        while (marked.find()) {
            int g = firstGroup(marked);
            int at = marked.start(g);
            for (YearAt c : candidates) {
                if (c.start == at) {
                    return c.year;
                }
            }
        }
        for (Pattern p : List.of(SPAN, BETWEEN)) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                return Integer.parseInt(m.group(lastGroup(m)));
            }
        }
        return candidates.get(candidates.size() - 1).year;
    }

    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        throw new IllegalStateException("year pattern without a year group");
    }

    private static int lastGroup(Matcher m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            if (m.group(g) != null) {
                return g;
            }
        }
        throw new IllegalStateException("year pattern without a year group");
    }

    // ---- omfattning ----

    /**
     * Own-organisation cues win when both kinds occur; a weak own cue (bare "lokaler",
     * "byggnader", "resor", "bolag", "bestånd") only when no area cue occurs ("bostäder
     * och lokaler", "byggnader i Mora kommun", "resor med kollektivtrafiken" are the
     * area).
     */
    static String scope(String folded) {
        return scope(folded, "");
    }

    static String scope(String folded, String original) {
        if (OWN_ORGANISATION.matcher(folded).find() || COMPANY.matcher(original).find()) {
            return MunicipalTarget.OWN_ORGANISATION;
        }
        if (GEOGRAPHIC_AREA.matcher(folded).find()) {
            return MunicipalTarget.GEOGRAPHIC_AREA;
        }
        if (WEAK_OWN_ORGANISATION.matcher(folded).find()) {
            return MunicipalTarget.OWN_ORGANISATION;
        }
        return "";
    }

}
