package se.ukrapport.config;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.support.Console;
import se.ukrapport.render.pdf.ReportValidation;

/**
 * validera: with {@code --validera}, checks slutrapport.pdf and kapitel/*.pdf in the
 * staging folder against PDF/UA-1 and PDF/A-1a and writes kvalitet/pdf-validering.txt
 * there, before publicera. Without it the step does nothing (and veraPDF is never
 * loaded).
 */
@Configuration(proxyBeanMethods = false)
class ValidationStepConfig {

    @Bean
    Step validera(JobRepository repository, PlatformTransactionManager tm, Console console) {
        return new StepBuilder("validera", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            if (p.validate()) {
                String result = ReportValidation.run(p.output().staging(), p.year(), p.fingerprint(), p.version());
                console.step(result);
                contribution.getStepExecution()
                    .getJobExecution()
                    .getExecutionContext()
                    .putString(RenderStepsConfig.VALIDATION, result);
            }
            return RepeatStatus.FINISHED;
        }, tm)
            // validera reads only what is in staging and writes one file: a restart that
            // asks for
            // the check runs it again, even if an attempt without --validera completed
            // this step.
            .allowStartIfComplete(true)
            .build();
    }

}
