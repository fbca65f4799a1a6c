package se.ukrapport.config;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.support.Console;
import se.ukrapport.domain.survey.SurveyRow;
import se.ukrapport.ingest.csv.SurveyFileReader;
import se.ukrapport.ingest.InputEntries;
import se.ukrapport.ingest.csv.SurveyFiles;
import se.ukrapport.domain.survey.RespondentAnswers;
import se.ukrapport.normalize.SurveyRowProcessor;
import se.ukrapport.store.QualityStore;
import se.ukrapport.store.ReferenceStore;
import se.ukrapport.store.SurveyStore;

/**
 * lasEnkat: a chunk step — reader = Commons CSV records of the export, processor =
 * validation, number parsing, unit rule; writer = JDBC batch inserts. The step clears its
 * tables first and reads from the top on every execution: duplicate detection needs every
 * row, and a survey of a few hundred rows is read in well under a second.
 */
@Configuration(proxyBeanMethods = false)
class SurveyStepConfig {

    static final int CHUNK = 100;

    @Bean
    @StepScope
    SurveyFileReader surveyReader(@Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['ar']}") Long year, ReferenceStore store) {
        Path dir = Path.of(input);
        return new SurveyFileReader(dir, SurveyFiles.locate(dir, year.intValue()), store.codebook());
    }

    @Bean
    @StepScope
    SurveyRowProcessor surveyProcessor(@Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['ar']}") Long year, ReferenceStore store) {
        return new SurveyRowProcessor(store.codebook(), store.municipalities(),
                SurveyFiles.locate(Path.of(input), year.intValue()));
    }

    @Bean
    Step lasEnkat(JobRepository repository, PlatformTransactionManager tm, SurveyFileReader surveyReader,
            SurveyRowProcessor surveyProcessor, SurveyStore store, QualityStore quality, Console console) {
        StepExecutionListener progress = new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                store.clear();
                quality.addRejections(QualityStore.SOURCE_SURVEY,
                        InputEntries.unread(Path.of(stepExecution.getJobParameters().getString(RunParameters.INPUT)),
                                "enkat", InputEntries::readInSurveyFolder, "enkat-<år>.csv eller kodbok.csv"));
            }

            @Override
            public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
                if (stepExecution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED) {
                    console.step("Läser " + surveyReader.fileName() + ": " + store.respondentCount()
                            + " svarande kommuner, " + store.countUnitNotes() + " energisvar inte tagna som de står, "
                            + quality.countRejections(QualityStore.SOURCE_SURVEY) + " svar avvisade.");
                    if (!surveyReader.missingFromExport().isEmpty()) {
                        console.warn("kolumner i kodboken som exporten saknar (räknas som obesvarade): "
                                + String.join(", ", surveyReader.missingFromExport()));
                    }
                }
                return stepExecution.getExitStatus();
            }
        };
        return new StepBuilder("lasEnkat", repository).<SurveyRow, RespondentAnswers>chunk(CHUNK)
            .transactionManager(tm)
            .reader(surveyReader)
            .processor(surveyProcessor)
            .writer(chunk -> store.saveRespondents(chunk.getItems()))
            .listener(progress)
            .allowStartIfComplete(true)
            .build();
    }

}
