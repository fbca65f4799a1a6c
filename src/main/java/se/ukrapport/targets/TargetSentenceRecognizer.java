package se.ukrapport.targets;

import static se.ukrapport.targets.TargetCues.CHANGE_OR_LEVEL;
import static se.ukrapport.targets.TargetCues.CHECKABLE_STATE;
import static se.ukrapport.targets.TargetCues.EMISSIONS;
import static se.ukrapport.targets.TargetCues.PLAN_DESCRIPTION;
import static se.ukrapport.targets.TargetCues.SUPPLY_OR_MIX;
import static se.ukrapport.targets.TargetCues.CONTEXT_TARGET;
import static se.ukrapport.targets.TargetCues.ENERGY_USE;
import static se.ukrapport.targets.TargetCues.FOLLOW_UP;
import static se.ukrapport.targets.TargetCues.HISTORY;
import static se.ukrapport.targets.TargetCues.MEASURABLE_OBJECT;
import static se.ukrapport.targets.TargetCues.MODAL;
import static se.ukrapport.targets.TargetCues.PLAN_SUBJECT;
import static se.ukrapport.targets.TargetCues.POPULATION;

import java.util.regex.Pattern;

/**
 * Decides whether one unit (sentence, list item or table cell) states a municipal target:
 * a modal of obligation or intent plus a measurable object — or, for an item listed under
 * a target heading, a measurable state or change without a modal. Facts, plan
 * descriptions, quoted national/EU targets and follow-up sentences are not targets.
 */
public final class TargetSentenceRecognizer {

    /** Where the unit stands in the document: that changes how much evidence it needs. */
    public enum Placement {

        /** Prose outside a target section: needs a modal and a number, year or change. */
        PROSE,
        /**
         * Prose in a section headed "Mål" or similar: a modal sentence that names
         * something checkable, or — as a list item does — a measurable state or change
         * without a modal.
         */
        PROSE_IN_TARGET_SECTION,
        /**
         * A list item or table cell under a target heading or lead-in: needs no modal.
         */
        LISTED_TARGET,
        /**
         * A list item or table cell elsewhere: judged like prose outside a target
         * section.
         */
        LISTED_OTHER

    }

    private static final Pattern YEAR = Pattern.compile(TargetCues.YEAR);

    private static final int MIN_WORDS_WITHOUT_MODAL = 3;

    private TargetSentenceRecognizer() {
    }

    public static boolean isTarget(String unit, Placement placement) {
        String t = SwedishText.fold(unit);
        if (t.isEmpty() || t.endsWith("?") || isExcluded(t)) {
            return false;
        }
        if (!MEASURABLE_OBJECT.matcher(t).find()) {
            return false;
        }
        boolean modal = MODAL.matcher(t).find();
        return switch (placement) {
            case PROSE_IN_TARGET_SECTION -> modal ? checkable(t) : targetWithoutModal(t);
            case PROSE, LISTED_OTHER -> modal && (CHANGE_OR_LEVEL.matcher(t).find() || YEAR.matcher(t).find());
            case LISTED_TARGET -> modal || targetWithoutModal(t);
        };
    }

    /**
     * Under a target heading, a unit without a modal counts when it names a measurable
     * state or change and is neither history, a lead-in announcing a list ("7 delmål i
     * energiplanen:") nor a remark in parentheses ("(Motsvarar minskning på 1 % / år
     * …)").
     */
    private static boolean targetWithoutModal(String t) {
        return t.split(" ").length >= MIN_WORDS_WITHOUT_MODAL && !t.endsWith(":") && !t.startsWith("(")
                && !HISTORY.matcher(t).find() && CHANGE_OR_LEVEL.matcher(t).find();
    }

    /**
     * A modal sentence needs something to check: a number, year, change or level, a fuel
     * or mix, or a set state.
     */
    private static boolean checkable(String t) {
        return CHANGE_OR_LEVEL.matcher(t).find() || YEAR.matcher(t).find() || SUPPLY_OR_MIX.matcher(t).find()
                || EMISSIONS.matcher(t).find() || CHECKABLE_STATE.matcher(t).find();
    }

    /**
     * Not targets whatever their grammar: context, follow-up, the plan itself,
     * population.
     */
    static boolean isExcluded(String folded) {
        return CONTEXT_TARGET.matcher(folded).find() || FOLLOW_UP.matcher(folded).find()
                || PLAN_SUBJECT.matcher(folded).find() || PLAN_DESCRIPTION.matcher(folded).find()
                || (POPULATION.matcher(folded).find() && !ENERGY_USE.matcher(folded).find());
    }

}
