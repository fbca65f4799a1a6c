package se.ukrapport.rerun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.render.csv.CsvRows;

/**
 * Why numbers changed since the published run, in the words of a records office: each
 * correction line added or taken out again (with the questions it touches, so a change
 * can be traced to it), each input file new, changed or gone, each template edited. "ny
 * programversion eller omkörning" only when none of these applies.
 */
public final class ChangeCauses {

    /** The cause when no input, correction or template differs. */
    public static final String NOTHING_ELSE = "ny programversion eller omkörning";

    private ChangeCauses() {
    }

    /**
     * @param published the published output folder, whose kvalitet/rattelser.csv holds
     * the corrections of the previous run
     * @param corrections the corrections applied in this run
     * @param previous the previous run's manifest, with its input files' checksums
     */
    public static List<ChangeLog.Cause> of(Path published, Codebook codebook, List<CorrectionRow> corrections,
            Optional<Manifest> previous, InputInventory inventory) {
        List<ChangeLog.Cause> causes = new ArrayList<>();
        Map<String, List<String>> before = new LinkedHashMap<>();
        Path oldCorrections = published.resolve("kvalitet/rattelser.csv");
        if (Files.isRegularFile(oldCorrections)) {
            for (var row : CsvRows.read(oldCorrections)) {
                // Its first six columns: a date alone changes no number, and files
                // written
                // before the datum column compare as they did.
                before.put(String.join("|", row.subList(0, Math.min(6, row.size()))), row);
            }
        }
        Set<String> now = new HashSet<>();
        for (CorrectionRow c : corrections) {
            String key = String.join("|", List.of(Long.toString(c.line()), c.municipality(), c.code(), nz(c.before()),
                    nz(c.after()), nz(c.comment())));
            now.add(key);
            if (!before.containsKey(key)) {
                causes.add(new ChangeLog.Cause("rättelse rad " + c.line() + ": " + c.municipality() + " " + c.code(),
                        questions(codebook, c.code(), c.municipality())));
            }
        }
        // A correction taken out again changes its numbers back: that line is the cause.
        for (var e : before.entrySet()) {
            List<String> row = e.getValue();
            if (!now.contains(e.getKey()) && row.size() >= 3) {
                causes.add(new ChangeLog.Cause(
                        "rättelse rad " + row.get(0) + " borttagen: " + row.get(1) + " " + row.get(2),
                        questions(codebook, row.get(2), row.get(1))));
            }
        }
        Map<String, String> old = previous.map(Manifest::files).orElse(Map.of());
        Set<String> names = new TreeSet<>(old.keySet());
        names.addAll(inventory.files().keySet());
        for (String name : names) {
            // The correction file is told line by line above.
            if (name.equals(CorrectionRow.FILE) || Objects.equals(old.get(name), inventory.files().get(name))) {
                continue;
            }
            String how = !old.containsKey(name) ? " ny"
                    : !inventory.files().containsKey(name) ? " borttagen" : " ändrad";
            String what = name.startsWith(InputInventory.TEMPLATES)
                    ? "mallen " + name.substring(InputInventory.TEMPLATES.length()) + how : name + how;
            causes.add(new ChangeLog.Cause(what, Set.of()));
        }
        if (causes.isEmpty()) {
            causes.add(new ChangeLog.Cause(NOTHING_ELSE, Set.of()));
        }
        return causes;
    }

    private static Set<String> questions(Codebook codebook, String code, String municipality) {
        Set<String> q = new LinkedHashSet<>(List.of(code, municipality));
        codebook.column(code).ifPresent(col -> q.add(col.questionCode()));
        return q;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
