package se.ukrapport.domain.survey;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** kWh, MWh and GWh, and how each converts to MWh. */
public enum EnergyUnit {

    KWH("kWh", new BigDecimal("0.001")), MWH("MWh", BigDecimal.ONE), GWH("GWh", new BigDecimal("1000"));

    /**
     * A unit standing as a word of its own, any case: "40 000 kWh", "497,1MWh", "12,5
     * gwh", "MWh/år".
     */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\p{L}])([kKmMgG])\\s?[wW][hH](?![\\p{L}])");

    private final String symbol;

    private final BigDecimal toMwh;

    EnergyUnit(String symbol, BigDecimal toMwh) {
        this.symbol = symbol;
        this.toMwh = toMwh;
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal toMwh(BigDecimal amount) {
        return amount.multiply(toMwh);
    }

    /**
     * A unit named exactly, e.g. a codebook's {@code enhet} or a grant row's
     * {@code Enhet}.
     */
    public static Optional<EnergyUnit> parse(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "kwh" -> Optional.of(KWH);
            case "mwh" -> Optional.of(MWH);
            case "gwh" -> Optional.of(GWH);
            default -> Optional.empty();
        };
    }

    /**
     * The units named in a free-text answer: empty, one, or (inconsistent answer)
     * several.
     */
    public static java.util.Set<EnergyUnit> findIn(String text) {
        java.util.Set<EnergyUnit> found = java.util.EnumSet.noneOf(EnergyUnit.class);
        Matcher m = IN_TEXT.matcher(text == null ? "" : text);
        while (m.find()) {
            switch (Character.toLowerCase(m.group(1).charAt(0))) {
                case 'k' -> found.add(KWH);
                case 'm' -> found.add(MWH);
                default -> found.add(GWH);
            }
        }
        return found;
    }

}
