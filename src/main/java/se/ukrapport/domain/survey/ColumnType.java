package se.ukrapport.domain.survey;

import java.util.Locale;
import java.util.Optional;

/** The codebook's {@code typ}: how a survey column is read and aggregated. */
public enum ColumnType {

    ID, KOMMUN, DATUM, SINGLE, MULTI, SCALE, NUMBER, ENERGY, TEXT;

    public static Optional<ColumnType> of(String typ) {
        try {
            return Optional.of(valueOf(typ.strip().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Single-choice and scale questions: one answer out of labelled options. */
    public boolean hasOptions() {
        return this == SINGLE || this == SCALE;
    }

}
