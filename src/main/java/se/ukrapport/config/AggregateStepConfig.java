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

import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.EnergyBalance;
import se.ukrapport.domain.survey.NumberSummary;
import se.ukrapport.aggregate.ReportFiguresBuilder;
import se.ukrapport.render.ModelOfRun;
import se.ukrapport.domain.ReportFigures;
import se.ukrapport.support.Console;
import se.ukrapport.render.csv.QualityExport;
import se.ukrapport.render.csv.SurveyDataExport;

/**
 * aggregera: starts the staging folder and writes the per-cluster figures, data-quality
 * findings, targets and grant data into it; publicera swaps the staging folder into
 * place.
 */
@Configuration(proxyBeanMethods = false)
class AggregateStepConfig {

    @Bean
    FiguresOfRun figuresOfRun(ReportFiguresBuilder.Sources sources) {
        return new FiguresOfRun(new ReportFiguresBuilder(sources));
    }

    @Bean
    Step aggregera(JobRepository repository, PlatformTransactionManager tm, Console console, FiguresOfRun figuresOfRun,
            ModelOfRun models) {
        return new StepBuilder("aggregera", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            Path staging = p.output().prepareStaging();
            ReportFigures figures = figuresOfRun.get(contribution.getStepExecution().getJobExecutionId(), p.input());
            RenderStepsConfig.startModel(contribution, models, figuresOfRun, p);
            List<ChoiceShare> choices = figures.choices();
            List<NumberSummary> numbers = figures.numbers();
            List<EnergyBalance> energy = figures.energy();
            Path data = staging.resolve("data");
            SurveyDataExport.writeChoices(data, choices);
            SurveyDataExport.writeNumbers(data, numbers);
            SurveyDataExport.writeEnergy(data, energy);
            if (!figures.yearMappings().isEmpty()) {
                SurveyDataExport.writeComparison(data, figures.comparedShares(), figures.comparedNumbers());
            }
            se.ukrapport.render.csv.GrantDataExport.write(data, figures.grantSummaries());
            se.ukrapport.render.csv.TargetDataExport.write(data, figures.targets(), figures.meta().date());
            QualityExport.write(staging.resolve("kvalitet"), figures.unitNotes(), figures.corrections(),
                    figures.rejections());
            contribution.incrementWriteCount(choices.size() + numbers.size() + energy.size());
            console.step("Beräknar per kluster: data/aggregat.csv (" + choices.size() + " rader), numeriska.csv ("
                    + numbers.size() + "), energi.csv (" + energy.size() + "); kvalitet/ med "
                    + figures.unitNotes().size() + " enhetstolkningar, " + figures.corrections().size() + " rättelser, "
                    + figures.rejections().size() + " avvisade värden.");
            return RepeatStatus.FINISHED;
            // Not re-run on restart: it starts the staging folder, which holds what later
            // steps wrote.
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
