package se.ukrapport.config;

import java.util.stream.Collectors;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.ukrapport.support.Console;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.csv.CodebookFileReader;
import se.ukrapport.ingest.csv.MunicipalityFileReader;

import se.ukrapport.aggregate.GrantTargetAggregator;
import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.ingest.xlsx.GrantWorkbooks;
import se.ukrapport.normalize.GrantCorrections;
import se.ukrapport.normalize.GrantRowLoader;
import se.ukrapport.normalize.CorrectionApplier;
import se.ukrapport.normalize.CorrectionFile;
import se.ukrapport.normalize.EarlierYears;
import se.ukrapport.store.EarlierSurveyStore;
import se.ukrapport.store.GrantStore;
import se.ukrapport.store.QualityStore;
import se.ukrapport.store.ReferenceStore;
import se.ukrapport.store.SurveyStore;

/**
 * The ingest steps that read a whole file at once (tasklets). Each replaces the rows it
 * owns, so it can run again; they re-run on restart too ({@code allowStartIfComplete}),
 * because the business tables are shared by every report made with this database and may
 * hold another report's rows.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfig {

    @Bean
    Step lasKommuner(JobRepository repository, PlatformTransactionManager tm, ReferenceStore store, Console console) {
        return new StepBuilder("lasKommuner", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            // The first ingest step: until the last one ends, the tables hold no input as
            // a whole.
            store.forgetLoadedInput();
            MunicipalityRegistry registry = new MunicipalityFileReader().read(p.input());
            store.replaceMunicipalities(registry);
            contribution.incrementReadCount();
            console.step("Läser " + MunicipalityFileReader.FILE + ": " + registry.size() + " kommuner i "
                    + registry.clusters().size() + " kluster.");
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step lasKodbok(JobRepository repository, PlatformTransactionManager tm, ReferenceStore store, Console console) {
        return new StepBuilder("lasKodbok", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            Codebook codebook = new CodebookFileReader().read(p.input());
            store.replaceCodebook(codebook);
            String byType = codebook.columns()
                .stream()
                .collect(Collectors.groupingBy(c -> c.type(), java.util.TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getValue() + " " + e.getKey().code())
                .collect(Collectors.joining(", "));
            console.step("Läser " + CodebookFileReader.FILE + ": " + codebook.columns().size() + " kolumner (" + byType
                    + "), " + codebook.energyCarriers().size() + " energibärare.");
            if (codebook.ofType(ColumnType.ENERGY).isEmpty()) {
                console.warn("kodboken har inga energikolumner; energitabellen blir tom.");
            }
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    /**
     * lasTidigareAr: the earlier survey years, each with its own codebook, in the report
     * year's terms (input-formats.md, "Earlier years"); nothing when the input has none.
     */
    @Bean
    Step lasTidigareAr(JobRepository repository, PlatformTransactionManager tm, ReferenceStore store,
            EarlierSurveyStore earlier, QualityStore quality, Console console) {
        return new StepBuilder("lasTidigareAr", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            earlier.clear();
            int year = p.year();
            for (EarlierYears.EarlierYear y : new EarlierYears().read(p.input(), year, store.codebook(),
                    store.municipalities())) {
                earlier.saveMappings(y.codebook());
                earlier.saveRespondents(y.respondents());
                quality.addRejections(EarlierSurveyStore.SOURCE, y.rejections());
                console.step("Läser " + y.export() + " (jämförs med " + year + "): " + y.respondents().size()
                        + " svarande kommuner av " + y.rows() + " rader, " + y.codebook().counterparts().size()
                        + " kolumner med motsvarighet i " + y.codebook().file() + ".");
            }
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step tillampaRattelser(JobRepository repository, PlatformTransactionManager tm, ReferenceStore store,
            SurveyStore answers, Console console) {
        return new StepBuilder("tillampaRattelser", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            CorrectionApplier.Result r = new CorrectionApplier(store.municipalities(), store.codebook(), answers)
                .apply(p.input());
            if (!CorrectionFile.exists(p.input())) {
                console.step("Inga rättelser (" + CorrectionApplier.FILE + " saknas).");
            }
            else {
                console.step("Tillämpar " + CorrectionApplier.FILE + ": " + r.applied() + " rättelser av enkätsvar.");
            }
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    /**
     * lasEes: every grant workbook streamed row by row ({@link GrantRowLoader}), each row
     * placed in its group once, corrected, stored and summed into the ees-mal means on
     * the way.
     */
    @Bean
    Step lasEes(JobRepository repository, PlatformTransactionManager tm, ReferenceStore reference, GrantStore grants,
            QualityStore quality, Console console) {
        return new StepBuilder("lasEes", repository).tasklet((contribution, chunk) -> {
            RunParameters p = RunParameters.of(contribution);
            grants.clear();
            if (GrantWorkbooks.workbooks(p.input()).isEmpty()) {
                console.warn("inga EES-arbetsböcker (ees/ees-<år>.xlsx) i indata.");
            }
            var registry = reference.municipalities();
            GrantTargetAggregator sums = new GrantTargetAggregator(registry);
            GrantRowLoader.Result r = new GrantRowLoader(registry).load(p.input(), batch -> {
                batch.forEach(sums::add);
                grants.saveRows(batch);
            }, w -> console.step("Läser " + w.name() + ": " + w.rows() + " rader"
                    + (w.skippedRows() > 0 ? ", " + w.skippedRows() + " rader kunde inte användas" : "") + "."));
            for (GrantCorrections.Applied a : r.corrections()) {
                quality.recordCorrection(new CorrectionRow(a.line().line(), a.line().municipality(), a.line().code(),
                        a.before(), a.after(), a.line().comment(), a.line().date()));
            }
            quality.addRejections(QualityStore.SOURCE_GRANTS, r.rejected());
            grants.saveSummaries(sums.summaries());
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

}
