package se.ukrapport.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which watched files changed between two snapshots (name → checksum, named as the input
 * inventory names them: "enkat/enkat-2011.csv", templates as "mallar/kap05-….ftl"), and
 * how the console says it, in the words of the change list's causes ("mallen
 * kap05-kommunernas-arbete.ftl ändrad", "strategier/Lerum.docx ny").
 */
public final class InputChanges {

    /** How the inventory names a template ({@code InputInventory.TEMPLATES}). */
    static final String TEMPLATES = "mallar/";

    public enum Kind {

        NEW("ny"), CHANGED("ändrad"), REMOVED("borttagen");

        final String word;

        Kind(String word) {
            this.word = word;
        }

    }

    public record Change(String name, Kind kind) {

        /** "mallen kap05-kommunernas-arbete.ftl ändrad", "rattelser.csv ny". */
        public String describe() {
            String what = name.startsWith(TEMPLATES) ? "mallen " + name.substring(TEMPLATES.length()) : name;
            return what + " " + kind.word;
        }

    }

    private InputChanges() {
    }

    /**
     * The files added, changed or removed from {@code before} to {@code after}, by name.
     */
    public static List<Change> between(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String b = before.get(name);
            String a = after.get(name);
            if (Objects.equals(a, b)) {
                continue;
            }
            changes.add(new Change(name, b == null ? Kind.NEW : a == null ? Kind.REMOVED : Kind.CHANGED));
        }
        return changes;
    }

    /**
     * The changes as the start of a console line: "Mallen kap05-….ftl ändrad", "Mallen
     * kap05-….ftl och rattelser.csv ändrade", "4 filer ändrade (mallen kap05-….ftl, …)".
     */
    public static String describe(List<Change> changes) {
        if (changes.isEmpty()) {
            return "Inga ändrade filer";
        }
        String text;
        if (changes.size() == 1) {
            text = changes.get(0).describe();
        }
        else if (changes.size() <= 3) {
            List<String> parts = changes.stream().map(Change::describe).toList();
            text = String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
        }
        else {
            text = changes.size() + " filer ändrade (" + changes.get(0).describe() + ", " + changes.get(1).describe()
                    + " …)";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
