package se.ukrapport.domain.survey;

import java.util.List;
import java.util.Optional;

/**
 * One row of the codebook: a column of the survey export.
 *
 * @param label for {@code multi} the option this column stands for; for {@code energy}
 * the energy carrier
 * @param direction for {@code energy}: whether the column holds increases or decreases
 */
public record CodebookColumn(String code, String question, ColumnType type, List<AnswerOption> options, String label,
        String unit, String chapter, EnergyDirection direction, String alternativ, long line) {

    /**
     * The question a column belongs to: for a {@code multi} column the prefix before the
     * last underscore (all its option columns share it), otherwise the code itself.
     */
    public String questionCode() {
        if (type == ColumnType.MULTI) {
            int i = code.lastIndexOf('_');
            return i > 0 ? code.substring(0, i) : code;
        }
        return code;
    }

    /**
     * The option with this value, or with this label (some exports write labels instead
     * of codes).
     */
    public Optional<AnswerOption> option(String answer) {
        String a = answer.strip();
        for (AnswerOption o : options) {
            if (o.value().equals(a)) {
                return Optional.of(o);
            }
        }
        for (AnswerOption o : options) {
            if (o.label().equalsIgnoreCase(a)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
