package se.ukrapport.render.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chapter and appendix ids (cli.md) in report order, with their template files under
 * templates/.
 */
public final class ChapterTemplates {

    /**
     * How the input inventory and a chapter's recorded inputs name a template:
     * "mallar/kap01….ftl".
     */
    public static final String INVENTORY_PREFIX = "mallar/";

    public static final Map<String, String> FILES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kap01", "kap01-sammanfattning.ftl");
        m.put("kap02", "kap02-uppdraget.ftl");
        m.put("kap03", "kap03-bakgrund.ftl");
        m.put("kap04", "kap04-programmet.ftl");
        m.put("kap05", "kap05-kommunernas-arbete.ftl");
        m.put("kap06", "kap06-pilotlanet.ftl");
        m.put("kap07", "kap07-klustersamarbetet.ftl");
        m.put("kap08", "kap08-temaomraden.ftl");
        m.put("kap09", "kap09-kunskapsspridning.ftl");
        m.put("kap10", "kap10-resultat.ftl");
        m.put("kap11", "kap11-forskning.ftl");
        m.put("bilaga1", "bilaga1-kommuner.ftl");
        m.put("bilaga2", "bilaga2-datakvalitet.ftl");
        m.put("bilaga3", "bilaga3-processer.ftl");
        m.put("bilaga4", "bilaga4-basta-exempel.ftl");
        m.put("bilaga5", "bilaga5-maluppfoljning.ftl");
        m.put("bilaga6", "bilaga6-kommunala-mal.ftl");
        FILES = java.util.Collections.unmodifiableMap(m);
    }

    private ChapterTemplates() {
    }

}
