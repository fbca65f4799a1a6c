package se.ukrapport.config;

import java.nio.file.Path;
import java.util.Set;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.domain.ReportFigures;
import se.ukrapport.render.ChapterBuilder;
import se.ukrapport.render.ModelOfRun;
import se.ukrapport.render.RenderedChapters;
import se.ukrapport.render.ReportRendering;
import se.ukrapport.render.csv.ModelDataExport;
import se.ukrapport.render.html.HtmlWriter;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.template.ReportData;
import se.ukrapport.rerun.ChangeLog;
import se.ukrapport.rerun.ChapterSelection;
import se.ukrapport.rerun.InputInventory;
import se.ukrapport.rerun.Manifest;
import se.ukrapport.rerun.RunComparison;
import se.ukrapport.rerun.RunHistory;
import se.ukrapport.support.Console;
import se.ukrapport.support.SideThread;

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

    /** Execution-context key of the PDF validation's result line, when --validera ran. */
    public static final String VALIDATION = "validering";

    /**
     * Test hook: a system property naming a step that fails on purpose (restart tests).
     */
    static final String FAIL_IN_STEP = "uk-rapport.simulera-fel";

    @Bean
    ModelOfRun modelOfRun() {
        return new ModelOfRun();
    }

    @Bean
    ReportRendering.Shared sharedByRenderSteps() {
        return new ReportRendering.Shared();
    }

    @Bean
    Step renderaDocx(JobRepository repository, PlatformTransactionManager tm, Console console, ModelOfRun models,
            FiguresOfRun figures, ReportRendering.Shared shared) {
        return new StepBuilder("renderaDocx", repository).tasklet((contribution, chunk) -> {
            failIfAsked("renderaDocx");
            RunParameters p = RunParameters.of(contribution);
            ReportDocument doc = model(contribution, models, figures, p).document();
            Path staging = p.output().staging();
            Set<String> chapters = selection(contribution, p, doc);
            // The data and the web edition first: meanwhile the PDF step beside this one
            // lays out the files whose page numbers the Word edition takes.
            int data = ModelDataExport.write(staging.resolve("data"), doc);
            HtmlWriter.writeTo(staging, doc);
            ReportRendering.write(doc, staging, ReportRendering.Format.DOCX, chapters, shared);
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
    Step renderaPdf(JobRepository repository, PlatformTransactionManager tm, Console console, ModelOfRun models,
            FiguresOfRun figures, ReportRendering.Shared shared) {
        return new StepBuilder("renderaPdf", repository).tasklet((contribution, chunk) -> {
            failIfAsked("renderaPdf");
            RunParameters p = RunParameters.of(contribution);
            ReportDocument doc = model(contribution, models, figures, p).document();
            Set<String> chapters = selection(contribution, p, doc);
            ReportRendering.write(doc, p.output().staging(), ReportRendering.Format.PDF, chapters, shared);
            console.step("Skriver PDF: slutrapport.pdf och " + describe(chapters, doc) + ".");
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /**
     * jamfor: the new manifest, andringar.csv and a summary of what changed since the
     * previous run.
     */
    @Bean
    Step jamfor(JobRepository repository, PlatformTransactionManager tm, Console console, ModelOfRun models,
            FiguresOfRun figures, RunHistory history) {
        return new StepBuilder("jamfor", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            long execution = contribution.getStepExecution().getJobExecutionId();
            ReportFigures f = figures.get(execution, p.input());
            Path staging = p.output().staging();
            InputInventory inventory = InputInventory.of(p.version(), p.input(), p.templates());
            RunComparison.Result r = RunComparison.compare(model(contribution, models, figures, p), f.codebook(),
                    f.corrections(), inventory, p.output().path(), staging);
            ChangeLog.write(staging.resolve("andringar.csv"), r.changes());
            history.saveChanges(execution, r.changes());
            var context = contribution.getStepExecution().getJobExecution().getExecutionContext();
            context.putInt(CHANGES, r.changes().size());
            context.putString(CAUSES, r.firstCauses());
            new Manifest("uk-rapport " + p.version(), p.year(), p.fingerprint(), inventory.files(), r.chapters())
                .write(staging);
            r.tell(console);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    private static ChapterBuilder.Built model(StepContribution contribution, ModelOfRun models, FiguresOfRun figures,
            RunParameters p) {
        long execution = contribution.getStepExecution().getJobExecutionId();
        return models.get(execution, () -> build(p, figures.get(execution, p.input()), models.chapters()));
    }

    /**
     * Starts making the report model of this execution on a thread of its own, for the
     * render steps to take: aggregera calls it before writing its data files, which the
     * model does not need (2 900 municipalities: 2 s of model beside 1.4 s of files, on a
     * core that was idle). A failure is left to the render step, which makes the model
     * again and reports it as before.
     */
    static void startModel(StepContribution contribution, ModelOfRun models, FiguresOfRun figures, RunParameters p) {
        SideThread.start("rapportmodell", () -> {
            try {
                model(contribution, models, figures, p);
            }
            catch (RuntimeException | Error e) {
                // reported by the render step that makes it again
            }
        });
    }

    static ChapterBuilder.Built build(RunParameters p, ReportFigures figures, RenderedChapters chapters) {
        String colophon = "Framställd med uk-rapport " + p.version() + " ur indata med kontrollsumma "
                + p.fingerprint().substring(0, 16) + ".";
        return new ChapterBuilder(p.templates(), chapters).build(new ReportData(figures), colophon);
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
