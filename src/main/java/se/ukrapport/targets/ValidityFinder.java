package se.ukrapport.targets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ukrapport.domain.targets.StrategyText;
import se.ukrapport.domain.targets.TextBlock;

/**
 * Finds the strategy's validity period from its validity line: "Strategin gäller
 * 2009–2014", "Giltighetstid: 2010-2020", "Planen avser perioden 2011 till 2015" →
 * "2009-2014"; "gäller från 2004 och tills vidare" → "2004-". "" when the document states
 * none.
 */
public final class ValidityFinder {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String Y = "((?:19|20)\\d{2})(?!\\d)";

    /**
     * "2009-2014", "2009 till 2014", "2009 t.o.m. 2014", "2009 och 2014" (after
     * "mellan").
     */
    private static final String RANGE = Y
            + "\\s*(?:-|till\\s+och\\s+med|t\\.?\\s?o\\.?\\s?m\\.?|till|och|fram\\s+till)\\s*(?:år\\s+)?" + Y;

    /** "från 2004 och tills vidare", "fr.o.m. 2004", "från och med 2004 och framåt". */
    private static final String OPEN = "(?:från\\s+och\\s+med|fr\\.?\\s?o\\.?\\s?m\\.?|från|med\\s+start)\\s+(?:år\\s+)?"
            + Y
            + "(?:\\s*(?:och|,)?\\s*(?:tills\\s+vidare|framåt|och\\s+framåt|tills\\s+den\\s+ersätts|tills\\s+annat\\s+beslutas))?";

    private static final String GAP = "[^.;]{0,40}?";

    /**
     * A label line: "Giltighetstid: 2010-2020", "Period: 2009–2014", "Gäller: 2011-2015".
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:giltighetstid|giltighetsperiod|giltighet|giltig|gäller|period|strategiperiod|planperiod|programperiod|tidsperiod|löptid|tidsram)\\b\\s*[:.\\-]?\\s*"
                    + "(?:(?:för\\s+)?(?:perioden|åren)\\s+|mellan\\s+|under\\s+)?(?:" + RANGE + "|" + OPEN + "|" + Y
                    + "\\s*-(?!\\s*\\d))",
            FLAGS);

    /**
     * A sentence about the document's own period: "Strategin gäller 2009–2014", "Planen
     * omfattar åren …".
     */
    private static final Pattern SENTENCE = Pattern.compile(
            "(?:strategi\\p{L}*|plan\\p{L}*|program\\p{L}*|dokument\\p{L}*|\\bden\\b|\\bdenna\\b|\\bdetta\\b|\\bden\\s+här\\b)\\s+"
                    + "(?:\\p{L}+\\s+){0,3}?(?:gäller|är\\s+giltig|är\\s+giltigt|löper|avser|omfattar|sträcker\\s+sig\\s+över|har\\s+en\\s+giltighetstid\\s+(?:på|om)?|tidsperiod\\s+är|period\\s+är|giltighetstid\\s+är)"
                    + GAP + "(?:" + RANGE + "|" + OPEN + ")",
            FLAGS);

    private static final Pattern OPEN_ENDED = Pattern
        .compile("tills\\s+vidare|framåt|tills\\s+den\\s+ersätts|tills\\s+annat", FLAGS);

    private ValidityFinder() {
    }

    public static String find(StrategyText text) {
        return find(text.blocks().stream().map(TextBlock::text).toList());
    }

    /** The first validity statement in document order, as "YYYY-YYYY" or "YYYY-". */
    public static String find(List<String> blockTexts) {
        for (String block : blockTexts) {
            for (String sentence : SentenceSplitter.split(block)) {
                String v = validity(SwedishText.fold(sentence));
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return "";
    }

    static String validity(String folded) {
        for (Pattern p : List.of(LABEL, SENTENCE)) {
            Matcher m = p.matcher(folded);
            if (m.find()) {
                return period(m);
            }
        }
        return "";
    }

    private static String period(Matcher m) {
        String first = null;
        String second = null;
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                if (first == null) {
                    first = m.group(g);
                }
                else if (second == null) {
                    second = m.group(g);
                }
            }
        }
        if (second != null) {
            return first + "-" + second;
        }
        // A single year is open-ended only when the text says so or writes "2004-".
        String matched = m.group();
        return OPEN_ENDED.matcher(matched).find() || matched.matches(".*\\d{4}\\s*-\\s*$") || matched.contains("från")
                || matched.contains("fr.o.m") || matched.contains("fom") ? first + "-" : "";
    }

}
