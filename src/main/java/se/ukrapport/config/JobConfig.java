package se.ukrapport.config;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import se.ukrapport.support.Console;
import se.ukrapport.store.ReferenceStore;

/**
 * rapportJob: every input file is read and checked before the first output file is
 * written (into staging), unless the business tables already hold exactly this input
 * ({@link LoadedInputDecider}). The survey and grants are read beside the strategy
 * documents, and Word and PDF rendered side by side, one per core, as they share nothing
 * but the read-only store; validera checks the PDF files if {@code --validera} asked for
 * it; publicera swaps the staging folder into place last.
 */
@Configuration(proxyBeanMethods = false)
class JobConfig {

    public static final String JOB = "rapportJob";

    @Bean
    LoadedInputDecider loadedInputDecider(ReferenceStore store, Console console) {
        return new LoadedInputDecider(store, console);
    }

    @Bean
    Job rapportJob(JobRepository repository, Step lasKommuner, Step lasKodbok, Step lasEnkat, Step lasTidigareAr,
            Step tillampaRattelser, Step lasEes, Step lasStrategier, Step rattaStrategier, Step aggregera,
            Step renderaDocx, Step renderaPdf, Step jamfor, Step validera, Step publicera,
            LoadedInputDecider loadedInput) {
        // Survey and grants on one core, strategy documents on the other: they share only
        // the
        // municipality list, and each clears only its own rows. rattaStrategier records
        // its
        // corrections beside the survey's, so it follows both.
        Flow surveyAndGrants = new FlowBuilder<Flow>("enkatOchEes").start(lasKodbok)
            .next(lasEnkat)
            .next(lasTidigareAr)
            .next(tillampaRattelser)
            .next(lasEes)
            .build();
        Flow strategies = new FlowBuilder<Flow>("strategier").start(lasStrategier).build();
        // (A split added to a started builder would run its first step beside the
        // branches.)
        Flow readBoth = new FlowBuilder<Flow>("enkatEesOchStrategier").split(new SimpleAsyncTaskExecutor("lasa-"))
            .add(surveyAndGrants, strategies)
            .build();
        Flow read = new FlowBuilder<Flow>("lasIndata").start(lasKommuner).next(readBoth).next(rattaStrategier).build();
        Flow ingest = new FlowBuilder<Flow>("indata").start(loadedInput)
            .on(LoadedInputDecider.REUSE.getName())
            .to(aggregera)
            .from(loadedInput)
            .on("*")
            .to(read)
            .next(aggregera)
            .build();
        Flow word = new FlowBuilder<Flow>("word").start(renderaDocx).build();
        Flow pdf = new FlowBuilder<Flow>("pdf").start(renderaPdf).build();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("rendera-");
        Flow render = new FlowBuilder<Flow>("rendera").split(executor).add(word, pdf).build();
        Flow finish = new FlowBuilder<Flow>("avsluta").start(jamfor).next(validera).next(publicera).build();
        return new JobBuilder(JOB, repository).start(ingest).next(render).next(finish).build().build();
    }

}
