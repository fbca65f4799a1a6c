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

import se.ukrapport.app.Console;
import se.ukrapport.ingest.ReportProperties;
import se.ukrapport.render.ChapterBuilder;
import se.ukrapport.render.ReportRendering;
import se.ukrapport.render.csv.ModelDataExport;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.template.ReportData;
import se.ukrapport.store.ReportStore;

/**
 * renderaDocx and renderaPdf: templates → document model → Word and PDF, separate steps so each
 * one's time is recorded in the job repository. Each builds the model from the store itself
 * (templates run in well under a second), so either can be restarted alone.
 */
@Configuration(proxyBeanMethods = false)
class RenderStepsConfig {

    @Bean
    Step renderaDocx(JobRepository repository, PlatformTransactionManager tm, ReportStore store, Console console) {
        return new StepBuilder("renderaDocx", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            ReportDocument doc = document(p, store);
            Path staging = p.output().staging();
            int data = ModelDataExport.write(staging.resolve("data"), doc);
            int files = ReportRendering.write(doc, staging, ReportRendering.Format.DOCX, chapters(contribution));
            console.step("Skriver Word: slutrapport.docx och " + (files - 1) + " kapitelfiler; " + data
                    + " tabeller och figurer som data/<id>.csv.");
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    @Bean
    Step renderaPdf(JobRepository repository, PlatformTransactionManager tm, ReportStore store, Console console) {
        return new StepBuilder("renderaPdf", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            ReportDocument doc = document(p, store);
            int files = ReportRendering.write(doc, p.output().staging(), ReportRendering.Format.PDF,
                    chapters(contribution));
            console.step("Skriver PDF: slutrapport.pdf och " + (files - 1) + " kapitelfiler.");
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    static ReportDocument document(RunParameters p, ReportStore store) {
        ReportProperties props = ReportProperties.read(p.input());
        String colophon = "Framställd med uk-rapport " + p.version() + " ur indata med kontrollsumma "
                + p.fingerprint().substring(0, 16) + ".";
        return new ChapterBuilder(p.templates()).build(new ReportData(props, store), colophon);
    }

    static Set<String> chapters(StepContribution contribution) {
        String set = contribution.getStepExecution().getJobParameters().getString(RunParameters.CHAPTERS);
        if (set == null || set.equals("alla")) {
            return Set.of();
        }
        return Set.of(set.split(","));
    }
}
