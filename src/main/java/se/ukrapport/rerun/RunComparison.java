package se.ukrapport.rerun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.render.ChapterBuilder;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.template.ReportData;
import se.ukrapport.support.Console;

/**
 * The run against the published one: the manifest entry of every chapter (checksum,
 * inputs and questions it used, its tables and figures, its sentences with numbers), why
 * numbers changed ({@link ChangeCauses}) and every number that did, in the data files and
 * in the running text ({@link ChangeLog}).
 */
public final class RunComparison {

    /** How many causes the run history keeps beside the change count. */
    static final int CAUSES_KEPT = 3;

    /** What the comparison gives, for andringar.csv, the manifest and the history. */
    public record Result(Map<String, Manifest.ChapterEntry> chapters, List<ChangeLog.Cause> causes,
            List<ChangeLog.Change> changes, boolean hadPrevious) {

        /** The first distinct causes of the changes, for historik. */
        public String firstCauses() {
            return String.join("; ",
                    changes.stream()
                        .map(ChangeLog.Change::cause)
                        .filter(c -> c != null && !c.isBlank())
                        .distinct()
                        .limit(CAUSES_KEPT)
                        .toList());
        }

        /** What the console says: the count, the causes and the first changes. */
        public void tell(Console console) {
            if (!hadPrevious) {
                console.step("Jämför: ingen tidigare körning i utdatamappen; andringar.csv har bara rubrikrad.");
                return;
            }
            console.step("Jämför med förra körningen: " + changes.size() + " tal har ändrats.");
            for (ChangeLog.Cause c : causes) {
                console.step("  Orsak: " + c.text());
            }
            int shown = 0;
            for (ChangeLog.Change c : changes) {
                if (shown++ == 12) {
                    console.step("  … och " + (changes.size() - 12) + " till (se andringar.csv).");
                    break;
                }
                console.step(
                        "  " + c.chapter() + " " + c.object() + " " + c.key() + ": " + c.before() + " → " + c.after());
            }
        }
    }

    private RunComparison() {
    }

    /**
     * @param published the published output folder (the previous run's data files)
     * @param staging the staging folder with this run's data files
     */
    public static Result compare(ChapterBuilder.Built built, Codebook codebook, List<CorrectionRow> corrections,
            InputInventory inventory, Path published, Path staging) {
        ReportDocument doc = built.document();
        Optional<Manifest> previous = Manifest.read(published);
        Map<String, Manifest.ChapterEntry> chapters = new TreeMap<>();
        Map<String, String> chapterOf = new HashMap<>();
        Map<String, Set<String>> questionsOf = new HashMap<>();
        for (Chapter c : doc.chapters()) {
            ReportData.Usage u = built.usage().get(c.id());
            List<String> objects = ReportDocument.objectIds(c);
            chapters.put(c.id(), new Manifest.ChapterEntry(doc.checksum(c), List.copyOf(u.inputs()),
                    List.copyOf(u.questions()), objects, TextNumbers.sentences(doc, c)));
            for (String o : objects) {
                chapterOf.put(o, c.id());
                questionsOf.put(o, u.questions());
            }
        }
        Set<String> energy = new LinkedHashSet<>();
        for (CodebookColumn c : codebook.ofType(ColumnType.ENERGY)) {
            energy.add(c.code());
        }
        questionsOf.put("energi", energy);

        List<ChangeLog.Cause> causes = ChangeCauses.of(published, codebook, corrections, previous, inventory);
        List<ChangeLog.Change> changes = new ArrayList<>(
                ChangeLog.compare(published.resolve("data"), staging.resolve("data"), chapterOf, questionsOf, causes));
        if (previous.isPresent()) {
            Map<String, List<String>> textsBefore = new TreeMap<>();
            previous.get().chapters().forEach((id, entry) -> textsBefore.put(id, entry.texts()));
            Map<String, List<String>> textsNow = new TreeMap<>();
            chapters.forEach((id, entry) -> textsNow.put(id, entry.texts()));
            Map<String, Set<String>> questionsOfChapter = new HashMap<>();
            chapters.forEach((id, entry) -> questionsOfChapter.put(id, new LinkedHashSet<>(entry.questions())));
            changes.addAll(ChangeLog.compareTexts(textsBefore, textsNow, questionsOfChapter, causes));
            changes.addAll(ChangeLog.compareChapters(previous.get().chapters().keySet(), chapters.keySet(), causes));
        }
        return new Result(chapters, causes, List.copyOf(changes), previous.isPresent());
    }

}
