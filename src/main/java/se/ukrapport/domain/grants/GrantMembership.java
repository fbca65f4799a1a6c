package se.ukrapport.domain.grants;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;

/**
 * Which group a grant row belongs to (input-formats.md, ees): county councils are
 * {@value #COUNTY_COUNCILS}; a municipality in kommuner.csv is {@value #PROGRAMME} and in
 * its cluster; every other municipality is {@value #OTHERS}.
 */
public final class GrantMembership {

    public static final String PROGRAMME = "Uthållig kommun";

    public static final String OTHERS = "Övriga kommuner";

    public static final String COUNTY_COUNCILS = "Landsting";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final Pattern SUFFIX = Pattern.compile("\\s+(kommun|stad)$", Pattern.CASE_INSENSITIVE);

    /**
     * Where a row counts.
     *
     * @param municipality the programme member, or null
     */
    public record Placement(String group, Municipality municipality) {

        /** The member's cluster, or null for non-members and county councils. */
        public String cluster() {
            return municipality == null ? null : municipality.cluster();
        }
    }

    private final MunicipalityRegistry registry;

    private final Map<String, Municipality> byCode = new HashMap<>();

    public GrantMembership(MunicipalityRegistry registry) {
        this.registry = registry;
        for (Municipality m : registry.all()) {
            if (!m.code().isEmpty()) {
                byCode.put(m.code(), m);
            }
        }
    }

    public Placement place(GrantRow row) {
        if (row.countyCouncil()) {
            return new Placement(COUNTY_COUNCILS, null);
        }
        return member(row.municipalityCode(), row.organisation()).map(m -> new Placement(PROGRAMME, m))
            .orElseGet(() -> new Placement(OTHERS, null));
    }

    /**
     * The programme member a row names: by code where the row has one, otherwise by name.
     * A code decides on its own, except for a member that kommuner.csv lists without a
     * code, which can only be recognised by name.
     */
    public Optional<Municipality> member(String code, String organisation) {
        if (code != null && !code.isBlank()) {
            Municipality m = byCode.get(code.strip());
            if (m != null) {
                return Optional.of(m);
            }
            return byName(organisation).filter(found -> found.code().isEmpty());
        }
        return byName(organisation);
    }

    /**
     * "Lunds kommun" → Lund, "Västerås stad" → Västerås, "Borås Stad" → Borås. The name
     * as it stands is tried before the one without a genitive s, so names ending in s
     * (Borås, Mönsterås) match themselves.
     */
    public Optional<Municipality> byName(String organisation) {
        if (organisation == null || organisation.isBlank()) {
            return Optional.empty();
        }
        String name = SUFFIX.matcher(MunicipalityRegistry.key(organisation)).replaceFirst("");
        Optional<Municipality> direct = registry.find(name);
        if (direct.isPresent()) {
            return direct;
        }
        if (name.length() > 1 && name.toLowerCase(SWEDISH).endsWith("s")) {
            return registry.find(name.substring(0, name.length() - 1));
        }
        return Optional.empty();
    }

}
