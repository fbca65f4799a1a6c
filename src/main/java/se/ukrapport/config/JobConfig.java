package se.ukrapport.config;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * rapportJob: every input file is read and checked before the first output file is written
 * (into staging); publicera swaps the staging folder into place last.
 */
@Configuration(proxyBeanMethods = false)
class JobConfig {

    public static final String JOB = "rapportJob";

    @Bean
    Job rapportJob(JobRepository repository, Step lasKommuner, Step lasKodbok, Step lasEnkat, Step tillampaRattelser,
            Step lasEes, Step lasStrategier, Step rattaStrategier, Step aggregera, Step renderaDocx, Step renderaPdf, Step jamfor, Step publicera) {
        return new JobBuilder(JOB, repository)
                .start(lasKommuner)
                .next(lasKodbok)
                .next(lasEnkat)
                .next(tillampaRattelser)
                .next(lasEes)
                .next(lasStrategier)
                .next(rattaStrategier)
                .next(aggregera)
                .next(renderaDocx)
                .next(renderaPdf)
                .next(jamfor)
                .next(publicera)
                .build();
    }
}
