package se.ukrapport.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.support.Console;
import se.ukrapport.domain.InputException;
import se.ukrapport.ingest.StrategyFolderCheck;
import se.ukrapport.ingest.csv.CsvRow;
import se.ukrapport.ingest.docs.StrategyTextReader;
import se.ukrapport.ingest.docs.UnreadableDocumentException;
import se.ukrapport.normalize.CorrectionFile;
import se.ukrapport.domain.Rejection;
import se.ukrapport.store.ReportStore;
import se.ukrapport.domain.targets.StrategyDocument;
import se.ukrapport.targets.StrategyTargets;
import se.ukrapport.targets.TargetExtractor;

/**
 * lasStrategier: a chunk step over the strategy documents — reader = the documents that
 * can be attributed to a municipality, processor = text extraction and target parsing,
 * writer = the target tables. A document that cannot be read is skipped and listed, never
 * fatal.
 */
@Configuration(proxyBeanMethods = false)
class StrategyStepConfig {

    @Bean
    @StepScope
    ListItemReader<Path> strategyReader(@Value("#{jobParameters['input']}") String input, ReportStore store) {
        Path dir = Path.of(input).resolve(StrategyFolderCheck.FOLDER);
        return new ListItemReader<>(new StrategyFolderCheck(store.municipalities()).check(dir).accepted());
    }

    @Bean
    Step lasStrategier(JobRepository repository, PlatformTransactionManager tm, ListItemReader<Path> strategyReader,
            ReportStore store, Console console) {
        List<Rejection> unreadable = new ArrayList<>();
        // The municipalities, read once per step execution (not once per document).
        java.util.concurrent.atomic.AtomicReference<se.ukrapport.domain.survey.MunicipalityRegistry> registry = new java.util.concurrent.atomic.AtomicReference<>();
        StrategyTextReader textReader = new StrategyTextReader();
        TargetExtractor extractor = new TargetExtractor();
        ItemProcessor<Path, StrategyDocument> processor = file -> {
            String name = file.getFileName().toString();
            String municipality = registry.get().find(name.substring(0, name.lastIndexOf('.'))).orElseThrow().name();
            String shown = StrategyFolderCheck.FOLDER + "/" + name;
            try {
                StrategyTargets t = extractor.extract(municipality, textReader.read(file));
                return new StrategyDocument(municipality, shown,
                        name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), t.validity(), t.targets());
            }
            catch (UnreadableDocumentException e) {
                unreadable
                    .add(new Rejection(shown, null, null, name, "dokumentet hoppas över: " + e.reason(), null, null));
                return null;
            }
        };
        StepExecutionListener listener = new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                unreadable.clear();
                registry.set(store.municipalities());
                store.clearStrategies();
                Path dir = RunParameters.of(stepExecution.getJobParameters())
                    .input()
                    .resolve(StrategyFolderCheck.FOLDER);
                store.addRejections(ReportStore.SOURCE_STRATEGY,
                        new StrategyFolderCheck(store.municipalities()).check(dir).skipped());
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                if (stepExecution.getStatus() != org.springframework.batch.core.BatchStatus.COMPLETED) {
                    return stepExecution.getExitStatus();
                }
                store.addRejections(ReportStore.SOURCE_STRATEGY, unreadable);
                int skipped = store.countRejections(ReportStore.SOURCE_STRATEGY);
                console.step("Läser " + StrategyFolderCheck.FOLDER + "/: " + stepExecution.getWriteCount()
                        + " dokument, " + store.targets().size() + " mål funna"
                        + (skipped > 0 ? ", " + skipped + " dokument hoppas över." : "."));
                for (Rejection r : store.rejections()) {
                    if (r.file().startsWith(StrategyFolderCheck.FOLDER + "/")) {
                        console.warn(r.file() + ": " + r.reason());
                    }
                }
                return stepExecution.getExitStatus();
            }
        };
        return new StepBuilder("lasStrategier", repository).<Path, StrategyDocument>chunk(10)
            .transactionManager(tm)
            .reader(strategyReader)
            .processor(processor)
            .writer(chunk -> store.saveStrategies(chunk.getItems()))
            .listener(listener)
            .allowStartIfComplete(true)
            .build();
    }

    /**
     * Corrections of strategies' validity periods; a tasklet of its own, so a bad line
     * fails the job.
     */
    @Bean
    Step rattaStrategier(JobRepository repository, PlatformTransactionManager tm, ReportStore store, Console console) {
        return new StepBuilder("rattaStrategier", repository).tasklet((contribution, chunk) -> {
            int n = applyValidityCorrections(RunParameters.of(contribution).input(), store);
            if (n > 0) {
                console
                    .step("Tillämpar " + CorrectionFile.FILE + ": " + n + " rättelser av strategiers giltighetstid.");
            }
            // The last ingest step: the tables now hold this input (LoadedInputDecider).
            String read = contribution.getStepExecution().getJobParameters().getString(RunParameters.DATA_FINGERPRINT);
            if (read != null) {
                store.markLoadedInput(read, contribution.getStepExecution().getJobExecutionId());
            }
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    /**
     * rattelser.csv lines with {@code kod = strategi} correct a strategy's validity
     * period ("2009-2014", "2004-"): the one field of a document the programme unit may
     * need to fix by hand.
     */
    static int applyValidityCorrections(Path input, ReportStore store) {
        int applied = 0;
        for (CsvRow row : CorrectionFile.lines(input, CorrectionFile::isStrategyCode)) {
            String value = row.get("varde").replace('\u2013', '-').replaceAll("\\s+", "");
            if (!value.matches("\\d{4}-(\\d{4})?")) {
                throw new InputException(CorrectionFile.FILE, row.line(), "varde",
                        "en rättelse av strategi anger giltighetstiden som ÅÅÅÅ-ÅÅÅÅ eller ÅÅÅÅ-, inte \""
                                + row.get("varde") + "\"");
            }
            String municipality = store.municipalities()
                .find(row.get("kommun"))
                .orElseThrow(() -> new InputException(CorrectionFile.FILE, row.line(), "kommun",
                        "rättelsen gäller \"" + row.get("kommun") + "\", som inte finns i kommuner.csv"
                                + store.municipalities().suggestion(row.get("kommun"))))
                .name();
            if (!store.correctValidity(row.line(), municipality, value, row.get("kommentar"))) {
                throw new InputException(CorrectionFile.FILE, row.line(), "kommun",
                        "rättelsen matchar inget strategidokument: " + municipality + " har inget i strategier/");
            }
            applied++;
        }
        return applied;
    }

}
