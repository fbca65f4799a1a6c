package se.ukrapport.config;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.targets.StrategyDocument;
import se.ukrapport.ingest.StrategyFolderCheck;
import se.ukrapport.normalize.CorrectionFile;
import se.ukrapport.normalize.ValidityCorrections;
import se.ukrapport.store.QualityStore;
import se.ukrapport.store.ReferenceStore;
import se.ukrapport.store.StrategyStore;
import se.ukrapport.support.Console;
import se.ukrapport.targets.StrategyDocumentProcessor;

/**
 * lasStrategier: a chunk step over the strategy documents — reader = the documents that
 * can be attributed to a municipality, processor = text extraction and target parsing
 * ({@link StrategyDocumentProcessor}), writer = the target tables. A document that cannot
 * be read is skipped and listed, never fatal.
 */
@Configuration(proxyBeanMethods = false)
class StrategyStepConfig {

    @Bean
    @StepScope
    ListItemReader<Path> strategyReader(@Value("#{jobParameters['input']}") String input, ReferenceStore store) {
        Path dir = Path.of(input).resolve(StrategyFolderCheck.FOLDER);
        return new ListItemReader<>(new StrategyFolderCheck(store.municipalities()).check(dir).accepted());
    }

    @Bean
    Step lasStrategier(JobRepository repository, PlatformTransactionManager tm, ListItemReader<Path> strategyReader,
            ReferenceStore reference, StrategyStore store, QualityStore quality, Console console) {
        // One processor per step execution: it holds the municipalities and what it
        // skipped.
        AtomicReference<StrategyDocumentProcessor> current = new AtomicReference<>();
        // For a large input the documents of a chunk are read and searched side by side
        // (Spring Batch 6: the processing is concurrent; reading and writing stay on the
        // step's thread, in the reader's order). This step was by far the longer branch
        // of the ingest: 23 s against 15 s for the survey and grants at 2 900.
        DocumentWorkers workers = new DocumentWorkers();
        ItemProcessor<Path, StrategyDocument> processor = file -> current.get().process(file);
        StepExecutionListener listener = new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                current.set(new StrategyDocumentProcessor(reference.municipalities()));
                workers.parallel(!reference.municipalities().shortRun());
                store.clear();
                Path dir = RunParameters.of(stepExecution.getJobParameters())
                    .input()
                    .resolve(StrategyFolderCheck.FOLDER);
                quality.addRejections(QualityStore.SOURCE_STRATEGY,
                        new StrategyFolderCheck(reference.municipalities()).check(dir).skipped());
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
                    return stepExecution.getExitStatus();
                }
                quality.addRejections(QualityStore.SOURCE_STRATEGY, current.get().unreadable());
                int skipped = quality.countRejections(QualityStore.SOURCE_STRATEGY);
                console.step("Läser " + StrategyFolderCheck.FOLDER + "/: " + stepExecution.getWriteCount()
                        + " dokument, " + store.targets().size() + " mål funna"
                        + (skipped > 0 ? ", " + skipped + " dokument hoppas över." : "."));
                for (Rejection r : quality.rejections()) {
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
            .taskExecutor(workers)
            .writer(chunk -> store.save(chunk.getItems()))
            .listener(listener)
            .allowStartIfComplete(true)
            .build();
    }

    /**
     * Corrections of strategies' validity periods ({@link ValidityCorrections}); a
     * tasklet of its own, so a bad line fails the job.
     */
    @Bean
    Step rattaStrategier(JobRepository repository, PlatformTransactionManager tm, ReferenceStore reference,
            StrategyStore store, Console console) {
        return new StepBuilder("rattaStrategier", repository).tasklet((contribution, chunk) -> {
            int n = new ValidityCorrections(reference.municipalities(), store)
                .apply(RunParameters.of(contribution).input());
            if (n > 0) {
                console
                    .step("Tillämpar " + CorrectionFile.FILE + ": " + n + " rättelser av strategiers giltighetstid.");
            }
            // The last ingest step: the tables now hold this input (LoadedInputDecider).
            String read = contribution.getStepExecution().getJobParameters().getString(RunParameters.DATA_FINGERPRINT);
            if (read != null) {
                reference.markLoadedInput(read, contribution.getStepExecution().getJobExecutionId());
            }
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

}
