package se.ukrapport.domain.survey;

import se.ukrapport.domain.ClosestName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The programme's municipalities and clusters, clusters in the order kommuner.csv first
 * names them.
 */
public final class MunicipalityRegistry {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final List<Municipality> municipalities;

    private final Map<String, Municipality> byKey = new LinkedHashMap<>();

    private final List<String> clusters;

    public MunicipalityRegistry(List<Municipality> municipalities) {
        this.municipalities = List.copyOf(municipalities);
        LinkedHashSet<String> cl = new LinkedHashSet<>();
        for (Municipality m : municipalities) {
            byKey.put(key(m.name()), m);
            cl.add(m.cluster());
        }
        this.clusters = List.copyOf(cl);
    }

    /**
     * How names are compared: case, surrounding and doubled whitespace (also no-break
     * spaces) ignored.
     */
    public static String key(String name) {
        return name == null ? ""
                : SPACES.matcher(name.replace('\u00a0', ' ').replace('\u202f', ' ').strip())
                    .replaceAll(" ")
                    .toLowerCase(SWEDISH);
    }

    public Optional<Municipality> find(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /**
     * "; menade du Lerum?" for a name that is no municipality but within two edits of one
     * (a typo), "" otherwise: appended to the messages that reject the name.
     */
    public String suggestion(String name) {
        return ClosestName.suggestion(name, municipalities.stream().map(Municipality::name).toList(),
                MunicipalityRegistry::key);
    }

    public List<Municipality> all() {
        return municipalities;
    }

    public List<String> clusters() {
        return clusters;
    }

    public List<Municipality> inCluster(String cluster) {
        List<Municipality> out = new ArrayList<>();
        for (Municipality m : municipalities) {
            if (m.cluster().equals(cluster)) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    public int size() {
        return municipalities.size();
    }

    /**
     * Municipalities up to which a run is short, a report of the programme's size (Sweden
     * has 290): its time goes mostly to starting up and compiling, so a second thread for
     * the same work costs more than it gives (demo: 0.8 CPU s and 0.3 s wall).
     */
    public static final int SHORT_RUN = 1000;

    /** Whether a report of these municipalities is a short run ({@link #SHORT_RUN}). */
    public boolean shortRun() {
        return size() <= SHORT_RUN;
    }

}
