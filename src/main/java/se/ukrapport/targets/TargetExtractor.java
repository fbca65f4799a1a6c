package se.ukrapport.targets;

import java.util.ArrayList;
import java.util.List;

import se.ukrapport.domain.targets.StrategyText;
import se.ukrapport.domain.targets.TextBlock;
import se.ukrapport.targets.TargetSentenceRecognizer.Placement;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.TargetCategory;

/**
 * Extracts a municipality's targets from its strategy text: walks the blocks in order,
 * keeps track of whether it is inside a target section (a heading such as "Mål") or a
 * list introduced by a lead-in ending in ":", splits prose into sentences (list items and
 * table cells are units of their own), and labels every target unit.
 */
public final class TargetExtractor {

    public StrategyTargets extract(String municipality, StrategyText text) {
        String validity = ValidityFinder.find(text);
        List<MunicipalTarget> targets = new ArrayList<>();
        boolean inTargetSection = false;
        boolean afterLeadIn = false;
        Integer leadInYear = null;
        for (TextBlock block : text.blocks()) {
            switch (block.kind()) {
                case HEADING -> {
                    inTargetSection = opensTargetSection(block.text(), inTargetSection);
                    afterLeadIn = false;
                    leadInYear = null;
                }
                case LIST_ITEM, TABLE_CELL -> {
                    Placement placement = inTargetSection || afterLeadIn ? Placement.LISTED_TARGET
                            : Placement.LISTED_OTHER;
                    addIfTarget(municipality, validity, block.text(), placement, afterLeadIn ? leadInYear : null,
                            targets);
                }
                case PARAGRAPH -> {
                    Placement placement = inTargetSection ? Placement.PROSE_IN_TARGET_SECTION : Placement.PROSE;
                    Integer labelYear = null;
                    for (String sentence : SentenceSplitter.split(block.text())) {
                        labelYear = datedLabel(sentence, labelYear);
                        addIfTarget(municipality, validity, sentence, placement, labelYear, targets);
                    }
                    String folded = SwedishText.fold(block.text());
                    afterLeadIn = TargetCues.TARGET_LEAD_IN.matcher(folded).find();
                    leadInYear = afterLeadIn
                            ? datedLabel(folded.substring(Math.max(0, folded.lastIndexOf(". ") + 1)).strip(), null)
                            : null;
                }
            }
        }
        return new StrategyTargets(municipality, validity, targets);
    }

    /**
     * A heading such as "Mål" opens a target section; a topical sub-heading inside one
     * ("Energianvändning", "Transporter") keeps it open; any other heading closes it.
     */
    static boolean opensTargetSection(String heading, boolean inTargetSection) {
        String h = SwedishText.fold(heading);
        if (TargetCues.TARGET_HEADING.matcher(h).find()) {
            return true;
        }
        return inTargetSection && TargetCues.MEASURABLE_OBJECT.matcher(h).find()
                && !TargetCues.OTHER_SECTION.matcher(h).find();
    }

    /**
     * The year of a label such as "Mål till 2015:" or "Delmål 2010:" opening this
     * sentence, else the one before.
     */
    private static Integer datedLabel(String sentence, Integer before) {
        java.util.regex.Matcher m = TargetCues.DATED_LABEL.matcher(SwedishText.fold(sentence));
        return m.find() ? Integer.valueOf(m.group(1)) : before;
    }

    private static void addIfTarget(String municipality, String validity, String unit, Placement placement,
            Integer labelYear, List<MunicipalTarget> out) {
        if (!TargetSentenceRecognizer.isTarget(unit, placement)) {
            return;
        }
        String text = SwedishText.clean(unit);
        TargetCategory category = TargetClassifier.classify(text);
        TargetFields f = TargetFieldParser.parse(text, category);
        Integer targetYear = f.targetYear() != null ? f.targetYear() : labelYear;
        out.add(new MunicipalTarget(municipality, category, text, f.sharePercent(), f.direction(), f.baseYear(),
                targetYear, f.scope(), validity));
    }

}
