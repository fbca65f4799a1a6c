package se.ukrapport.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.aggregate.ChoiceShare;
import se.ukrapport.aggregate.EnergyBalance;
import se.ukrapport.aggregate.NumberSummary;
import se.ukrapport.aggregate.SurveyAggregator;
import se.ukrapport.app.Console;
import se.ukrapport.render.csv.QualityExport;
import se.ukrapport.render.csv.SurveyDataExport;
import se.ukrapport.store.ReportStore;

/**
 * aggregera: starts the staging folder and writes the per-cluster figures, data-quality findings,
 * targets and grant data into it; publicera swaps the staging folder into place.
 */
@Configuration(proxyBeanMethods = false)
class AggregateStepConfig {

    @Bean
    Step aggregera(JobRepository repository, PlatformTransactionManager tm, ReportStore store, Console console) {
        return new StepBuilder("aggregera", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            Path staging = p.output().prepareStaging();
            SurveyAggregator aggregator = new SurveyAggregator(store, store.codebook(),
                    store.municipalities().clusters());
            List<ChoiceShare> choices = aggregator.choices();
            List<NumberSummary> numbers = aggregator.numbers();
            List<EnergyBalance> energy = aggregator.energy();
            Path data = staging.resolve("data");
            SurveyDataExport.writeChoices(data, choices);
            SurveyDataExport.writeNumbers(data, numbers);
            SurveyDataExport.writeEnergy(data, energy);
            se.ukrapport.render.csv.GrantDataExport.write(data, store.grantSummaries());
            se.ukrapport.render.csv.TargetDataExport.write(data, store.targets(),
                    se.ukrapport.ingest.ReportProperties.read(p.input()).date());
            QualityExport.write(staging.resolve("kvalitet"), store.unitNotes(), store.corrections(),
                    store.rejections());
            contribution.incrementWriteCount(choices.size() + numbers.size() + energy.size());
            console.step("Beräknar per kluster: data/aggregat.csv (" + choices.size() + " rader), numeriska.csv ("
                    + numbers.size() + "), energi.csv (" + energy.size() + "); kvalitet/ med "
                    + store.unitNotes().size() + " enhetstolkningar, " + store.corrections().size() + " rättelser, "
                    + store.rejections().size() + " avvisade värden.");
            return RepeatStatus.FINISHED;
            // Not re-run on restart: it starts the staging folder, which holds what later steps wrote.
        }, tm).build();
    }

    @Bean
    Step publicera(JobRepository repository, PlatformTransactionManager tm, Console console) {
        return new StepBuilder("publicera", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            p.output().publish();
            console.step("Klart: resultatet finns i " + p.output().path());
            return RepeatStatus.FINISHED;
        }, tm).build();
    }
}
