package se.ukrapport.domain.targets;

/**
 * The four columns of the appendix of municipal targets, in the order their rules are
 * tried.
 */
public enum TargetCategory {

    CO2("CO2-mål"), OTHER("övriga mål"), KWH("kWh-mål"), PERCENT("procentmål");

    private final String label;

    TargetCategory(String label) {
        this.label = label;
    }

    /** The Swedish label used in mal.csv and the report. */
    public String label() {
        return label;
    }

    /** The category with this label (as stored), e.g. "procentmål". */
    public static TargetCategory fromLabel(String label) {
        for (TargetCategory c : values()) {
            if (c.label.equalsIgnoreCase(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("okänd målkategori " + label);
    }

}
