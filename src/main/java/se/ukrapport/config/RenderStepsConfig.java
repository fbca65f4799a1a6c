package se.ukrapport.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.support.Console;
import se.ukrapport.rerun.InputInventory;
import se.ukrapport.rerun.Manifest;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.render.ChapterBuilder;
import se.ukrapport.rerun.ChapterSelection;
import se.ukrapport.render.ModelOfRun;
import se.ukrapport.render.ReportRendering;
import se.ukrapport.rerun.ChangeLog;
import se.ukrapport.rerun.TextNumbers;
import se.ukrapport.render.csv.ModelDataExport;
import se.ukrapport.render.html.HtmlWriter;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.template.ReportData;
import se.ukrapport.store.ReportStore;
import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.ReportFigures;

/**
 * renderaDocx, renderaPdf and jamfor. Word and PDF are separate steps so each one's time
 * is in the job repository. The three share one model per job execution
 * ({@link ModelOfRun}); a step of a restarted execution builds it from the store itself,
 * so each can be restarted alone. Both render the chapters whose content changed since
 * the published output's manifest, plus forced ones; jamfor then writes the new manifest
 * and andringar.csv.
 */
@Configuration(proxyBeanMethods = false)
public class RenderStepsConfig {

    /** Job execution context key: the chapters this run rendered (for historik). */
    public static final String RENDERED = "renderade";

    /**
     * Execution-context keys of the change count and first causes, which the run history
     * keeps.
     */
    public static final String CHANGES = "andringar";

    public static final String CAUSES = "orsaker";

    /**
     * Test hook: a system property naming a step that fails on purpose (restart tests).
     */
    static final String FAIL_IN_STEP = "uk-rapport.simulera-fel";

    @Bean
    ModelOfRun modelOfRun() {
        return new ModelOfRun();
    }

    @Bean
    Step renderaDocx(JobRepository repository, PlatformTransactionManager tm, ReportStore store, Console console,
            ModelOfRun models, FiguresOfRun figures) {
        return new StepBuilder("renderaDocx", repository).tasklet((contribution, chunk) -> {
            failIfAsked("renderaDocx");
            RunParameters p = RunParameters.of(contribution);
            ReportDocument doc = model(contribution, models, figures, p, store).document();
            Path staging = p.output().staging();
            Set<String> chapters = selection(contribution, p, doc);
            int data = ModelDataExport.write(staging.resolve("data"), doc);
            ReportRendering.write(doc, staging, ReportRendering.Format.DOCX, chapters);
            HtmlWriter.writeTo(staging, doc);
            contribution.getStepExecution()
                .getJobExecution()
                .getExecutionContext()
                .putString(RENDERED, String.join(",", chapters));
            console.step("Skriver Word: slutrapport.docx och " + describe(chapters, doc) + "; " + data
                    + " tabeller och figurer som data/<id>.csv; webbutgåvan html/index.html.");
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    @Bean
    Step renderaPdf(JobRepository repository, PlatformTransactionManager tm, ReportStore store, Console console,
            ModelOfRun models, FiguresOfRun figures) {
        return new StepBuilder("renderaPdf", repository).tasklet((contribution, chunk) -> {
            failIfAsked("renderaPdf");
            RunParameters p = RunParameters.of(contribution);
            ReportDocument doc = model(contribution, models, figures, p, store).document();
            Set<String> chapters = selection(contribution, p, doc);
            ReportRendering.write(doc, p.output().staging(), ReportRendering.Format.PDF, chapters);
            console.step("Skriver PDF: slutrapport.pdf och " + describe(chapters, doc) + ".");
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /**
     * jamfor: the new manifest, andringar.csv and a summary of what changed since the
     * previous run.
     */
    @Bean
    Step jamfor(JobRepository repository, PlatformTransactionManager tm, ReportStore store, Console console,
            ModelOfRun models, FiguresOfRun figures, se.ukrapport.rerun.RunHistory history) {
        return new StepBuilder("jamfor", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            ChapterBuilder.Built built = model(contribution, models, figures, p, store);
            ReportDocument doc = built.document();
            Path staging = p.output().staging();
            Optional<Manifest> previous = Manifest.read(p.output().path());
            InputInventory inventory = InputInventory.of(p.version(), p.input(), p.templates());

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
            for (CodebookColumn c : store.codebook().ofType(ColumnType.ENERGY)) {
                energy.add(c.code());
            }
            questionsOf.put("energi", energy);

            List<ChangeLog.Cause> causes = causes(p, store, previous, inventory);
            List<ChangeLog.Change> changes = ChangeLog.compare(p.output().path().resolve("data"),
                    staging.resolve("data"), chapterOf, questionsOf, causes);
            if (previous.isPresent()) {
                Map<String, List<String>> textsBefore = new TreeMap<>();
                previous.get().chapters().forEach((id, entry) -> textsBefore.put(id, entry.texts()));
                Map<String, List<String>> textsNow = new TreeMap<>();
                chapters.forEach((id, entry) -> textsNow.put(id, entry.texts()));
                Map<String, Set<String>> questionsOfChapter = new HashMap<>();
                chapters.forEach((id, entry) -> questionsOfChapter.put(id, new LinkedHashSet<>(entry.questions())));
                changes = new ArrayList<>(changes);
                changes.addAll(ChangeLog.compareTexts(textsBefore, textsNow, questionsOfChapter, causes));
            }
            ChangeLog.write(staging.resolve("andringar.csv"), changes);
            history.saveChanges(contribution.getStepExecution().getJobExecutionId(), changes);
            // For historik: how many numbers changed, and the first causes.
            var context = contribution.getStepExecution().getJobExecution().getExecutionContext();
            context.putInt(CHANGES, changes.size());
            context.putString(CAUSES,
                    String.join("; ",
                            changes.stream()
                                .map(ChangeLog.Change::cause)
                                .filter(c -> c != null && !c.isBlank())
                                .distinct()
                                .limit(3)
                                .toList()));
            new Manifest("uk-rapport " + p.version(), p.year(), p.fingerprint(), inventory.files(), chapters)
                .write(staging);
            summary(console, previous.isPresent(), causes, changes);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    private static List<ChangeLog.Cause> causes(RunParameters p, ReportStore store, Optional<Manifest> previous,
            InputInventory inventory) {
        List<ChangeLog.Cause> causes = new ArrayList<>();
        Map<String, List<String>> before = new java.util.LinkedHashMap<>();
        Path oldCorrections = p.output().path().resolve("kvalitet/rattelser.csv");
        if (java.nio.file.Files.isRegularFile(oldCorrections)) {
            for (var row : se.ukrapport.render.csv.CsvRows.read(oldCorrections)) {
                before.put(String.join("|", row), row);
            }
        }
        var codebook = store.codebook();
        Set<String> now = new java.util.HashSet<>();
        for (CorrectionRow c : store.corrections()) {
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
        Set<String> names = new java.util.TreeSet<>(old.keySet());
        names.addAll(inventory.files().keySet());
        for (String name : names) {
            if (name.equals(se.ukrapport.normalize.CorrectionFile.FILE)
                    || java.util.Objects.equals(old.get(name), inventory.files().get(name))) {
                continue;
            }
            String how = !old.containsKey(name) ? " ny"
                    : !inventory.files().containsKey(name) ? " borttagen" : " ändrad";
            String what = name.startsWith(InputInventory.TEMPLATES)
                    ? "mallen " + name.substring(InputInventory.TEMPLATES.length()) + how : name + how;
            causes.add(new ChangeLog.Cause(what, Set.of()));
        }
        if (causes.isEmpty()) {
            causes.add(new ChangeLog.Cause("ny programversion eller omkörning", Set.of()));
        }
        return causes;
    }

    private static void summary(Console console, boolean hadPrevious, List<ChangeLog.Cause> causes,
            List<ChangeLog.Change> changes) {
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
            console.step("  " + c.chapter() + " " + c.object() + " " + c.key() + ": " + c.before() + " → " + c.after());
        }
    }

    private static Set<String> questions(se.ukrapport.domain.survey.Codebook codebook, String code,
            String municipality) {
        Set<String> q = new LinkedHashSet<>(List.of(code, municipality));
        codebook.column(code).ifPresent(col -> q.add(col.questionCode()));
        return q;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static ChapterBuilder.Built model(StepContribution contribution, ModelOfRun models, FiguresOfRun figures,
            RunParameters p, ReportStore store) {
        long execution = contribution.getStepExecution().getJobExecutionId();
        return models.get(execution, () -> build(p, figures.get(execution, p.input())));
    }

    static ChapterBuilder.Built build(RunParameters p, ReportFigures figures) {
        String colophon = "Framställd med uk-rapport " + p.version() + " ur indata med kontrollsumma "
                + p.fingerprint().substring(0, 16) + ".";
        return new ChapterBuilder(p.templates()).build(new ReportData(figures), colophon);
    }

    private static Set<String> selection(StepContribution contribution, RunParameters p, ReportDocument doc) {
        String requested = contribution.getStepExecution().getJobParameters().getString(RunParameters.CHAPTERS);
        return ChapterSelection.select(doc, requested, Manifest.read(p.output().path()), p.output().staging());
    }

    private static String describe(Set<String> chapters, ReportDocument doc) {
        if (chapters.size() == doc.chapters().size()) {
            return "alla " + chapters.size() + " kapitelfiler";
        }
        if (chapters.isEmpty()) {
            return "inga kapitelfiler (inget kapitel har ändrats)";
        }
        return chapters.size() + " kapitelfiler (" + String.join(", ", chapters) + ")";
    }

    static void failIfAsked(String step) {
        if (step.equals(System.getProperty(FAIL_IN_STEP))) {
            throw new IllegalStateException("Simulerat fel i steget " + step + " (" + FAIL_IN_STEP + ")");
        }
    }

}
