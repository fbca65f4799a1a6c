package se.ukrapport.targets;

import static se.ukrapport.targets.TargetCues.EMISSIONS;
import static se.ukrapport.targets.TargetCues.ENERGY_AMOUNT;
import static se.ukrapport.targets.TargetCues.ENERGY_USE;
import static se.ukrapport.targets.TargetCues.LEVEL_BEFORE_AMOUNT;
import static se.ukrapport.targets.TargetCues.RELATIVE_CHANGE;
import static se.ukrapport.targets.TargetCues.SUPPLY_OR_MIX;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ukrapport.domain.targets.TargetCategory;

/**
 * The category of a target sentence: the guideline's four rules in order, first match
 * wins.
 */
public final class TargetClassifier {

    private static final Pattern ANY_PERCENT = Pattern.compile("\\d\\s*(?:%|procent)|procent|halver|fördubbl");

    /**
     * A remark in parentheses: "(lika lite/mindre CO2)", "(7,7 MWh / capita)" — it
     * describes, it is not the quantity.
     */
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    /**
     * Emissions only as a side condition: "utan ökning av utsläppsmängder", "utan att
     * utsläppen ökar".
     */
    private static final Pattern SIDE_CONDITION = Pattern.compile(
            "\\butan\\s+(?:att\\s+)?(?:\\p{L}+\\s+){0,2}?(?:utsläpp|koldioxid|co2|växthusgas)\\p{L}*(?:\\s+(?:ökar|öka|ökas))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private TargetClassifier() {
    }

    public static TargetCategory classify(String sentence) {
        String t = SwedishText.fold(sentence);
        String quantity = SIDE_CONDITION.matcher(PARENTHESES.matcher(t).replaceAll(" ")).replaceAll(" ");
        if (EMISSIONS.matcher(quantity).find()) {
            return TargetCategory.CO2;
        }
        if (SUPPLY_OR_MIX.matcher(t).find()) {
            return TargetCategory.OTHER;
        }
        if (energyAmountIsLevel(PARENTHESES.matcher(t).replaceAll(" "))) {
            return TargetCategory.KWH;
        }
        if (ENERGY_USE.matcher(t).find() && RELATIVE_CHANGE.matcher(t).find()) {
            return TargetCategory.PERCENT;
        }
        return TargetCategory.OTHER;
    }

    /**
     * An energy amount is the target level unless it only describes which objects are
     * meant ("villor med över 20 000 kWh el per år ska minska med 20 %"): with no
     * percentage any amount is the level; with one, the amount must follow a level word
     * ("högst", "till").
     */
    static boolean energyAmountIsLevel(String folded) {
        Matcher m = ENERGY_AMOUNT.matcher(folded);
        boolean percent = ANY_PERCENT.matcher(folded).find();
        while (m.find()) {
            if (!percent) {
                return true;
            }
            String before = folded.substring(0, m.start()).strip();
            if (LEVEL_BEFORE_AMOUNT.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

}
