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

    /**
     * A chapter template file of an edited folder: "kap12-uppfoljning.ftl",
     * "bilaga7-….ftl".
     */
    private static final java.util.regex.Pattern CHAPTER_FILE = java.util.regex.Pattern
        .compile("(kap(\\d{2})|bilaga(\\d{1,2}))-[^/\\\\]+\\.ftl");

    /**
     * The chapters of a template folder in report order: the ids above, and any further
     * {@code kapNN-namn.ftl} or {@code bilagaN-namn.ftl} an edited folder
     * ({@code --templates}) holds, chapters by number before appendices by number. Adding
     * a chapter is adding such a file; no code changes. Without a folder (the packaged
     * templates), {@link #FILES}.
     */
    public static Map<String, String> in(java.nio.file.Path templatesDir) {
        if (templatesDir == null || !java.nio.file.Files.isDirectory(templatesDir)) {
            return FILES;
        }
        java.util.TreeMap<String, String> extra = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.list(templatesDir)) {
            for (var f : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = f.getFileName().toString();
                var m = CHAPTER_FILE.matcher(name);
                if (m.matches() && !FILES.containsKey(m.group(1)) && !FILES.containsValue(name)) {
                    extra.putIfAbsent(m.group(1), name);
                }
            }
        }
        catch (java.io.IOException e) {
            return FILES;
        }
        if (extra.isEmpty()) {
            return FILES;
        }
        java.util.List<String> ids = new java.util.ArrayList<>(FILES.keySet());
        ids.addAll(extra.keySet());
        ids.sort(java.util.Comparator.comparing((String id) -> id.startsWith("bilaga"))
            .thenComparingInt(ChapterTemplates::number));
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, FILES.containsKey(id) ? FILES.get(id) : extra.get(id));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static int number(String id) {
        return Integer.parseInt(id.replaceAll("\\D", ""));
    }

    private ChapterTemplates() {
    }

}
