package se.ukrapport.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.ReportFigures;
import se.ukrapport.domain.ReportProperties;
import se.ukrapport.domain.grants.GrantFigure;
import se.ukrapport.domain.grants.GrantTargetSummary;
import se.ukrapport.domain.survey.CrossCount;
import se.ukrapport.domain.survey.OpenAnswer;
import se.ukrapport.domain.survey.UnitNote;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.StrategyRow;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.store.EarlierSurveyStore;
import se.ukrapport.store.GrantStore;
import se.ukrapport.store.QualityStore;
import se.ukrapport.store.ReferenceStore;
import se.ukrapport.store.StrategyStore;
import se.ukrapport.store.SurveyStore;
import se.ukrapport.support.SideThread;

/**
 * Reads the stored input once and computes the {@link ReportFigures} the templates and
 * data files are made from: the aggregation per cluster, and per question what a template
 * may ask of it.
 */
public final class ReportFiguresBuilder {

    /** The stores and queries the figures are read from. */
    public record Sources(ReferenceStore reference, SurveyStore survey, SurveyQueries queries, QualityStore quality,
            StrategyStore strategies, GrantStore grants, EarlierSurveyStore earlier,
            EarlierSurveyQueries earlierQueries) {
    }

    private final Sources sources;

    public ReportFiguresBuilder(Sources sources) {
        this.sources = sources;
    }

    /**
     * The figures last built, with the ingest they were built from: the business tables
     * change only through an ingest, which starts by clearing
     * {@link ReferenceStore#loadedInput()} and ends by naming itself there, so the same
     * ingest and the same report.properties give the same (immutable) figures. A process
     * making several runs (the preview) is spared the aggregation queries when only the
     * templates changed.
     */
    private record Built(ReferenceStore.LoadedInput tables, ReportProperties meta, ReportFigures figures) {
    }

    private Built last;

    public synchronized ReportFigures build(ReportProperties meta) {
        java.util.Optional<ReferenceStore.LoadedInput> tables = sources.reference().loadedInput();
        if (tables.isPresent() && last != null && last.tables().equals(tables.get()) && last.meta().equals(meta)) {
            return last.figures();
        }
        ReportFigures figures = compute(meta);
        last = tables.map(t -> new Built(t, meta, figures)).orElse(null);
        return figures;
    }

    /**
     * What is read beside the survey aggregation, on a second thread: the stored rows the
     * report shows as they are, and the counts of multiple-choice questions.
     */
    private record Listed(Map<String, Integer> anyTicked, Map<String, List<OpenAnswer>> open,
            Map<String, List<OpenAnswer>> openOfAll, List<UnitNote> unitNotes, List<CorrectionRow> corrections,
            List<Rejection> rejections, List<MunicipalTarget> targets, List<StrategyRow> strategies,
            List<GrantFigure> memberFigures, List<GrantTargetSummary> grantSummaries) {
    }

    private ReportFigures compute(ReportProperties meta) {
        SurveyQueries queries = sources.queries();
        MunicipalityRegistry registry = sources.reference().municipalities();
        Codebook codebook = sources.reference().codebook();
        // The queries are independent reads of tables the ingest has committed; this
        // step had the machine to itself on one core (2 900 municipalities: 10 s), so
        // for a large input half of them go to a second connection and thread.
        CompletableFuture<Listed> listed = registry.shortRun() ? CompletableFuture.completedFuture(listed(codebook))
                : SideThread.supply("aggregera-2", () -> listed(codebook));
        SurveyAggregator aggregator = new SurveyAggregator(queries, codebook, registry.clusters());
        Map<String, List<BigDecimal>> values = new HashMap<>();
        List<CodebookColumn> numeric = new ArrayList<>(codebook.ofType(ColumnType.NUMBER));
        numeric.addAll(codebook.ofType(ColumnType.ENERGY));
        for (CodebookColumn c : numeric) {
            values.put(c.code(), queries.numbers(c.code()).stream().map(SurveyQueries.ClusterNumber::value).toList());
        }
        List<String> options = new ArrayList<>();
        codebook.ofType(ColumnType.SINGLE).forEach(c -> options.add(c.code()));
        codebook.ofType(ColumnType.SCALE).forEach(c -> options.add(c.code()));
        Map<String, List<CrossCount>> crossTabs = aggregator.crossTabs(options,
                codebook.ofType(ColumnType.NUMBER).stream().map(CodebookColumn::code).toList());
        var choices = aggregator.choices();
        var numbers = aggregator.numbers();
        var energy = aggregator.energy();
        YearComparison.Result years = new YearComparison(sources.earlier(), sources.earlierQueries(), codebook,
                aggregator.clustersWithAll())
            .compare(meta.year(), choices, numbers);
        int respondents = sources.survey().respondentCount();
        Listed l = SideThread.join(listed);
        return new ReportFigures(meta, registry, codebook, respondents, choices, numbers, energy, l.anyTicked(), values,
                crossTabs, l.open(), l.openOfAll(), l.unitNotes(), l.corrections(), l.rejections(), l.targets(),
                l.strategies(), l.memberFigures(), years.shares(), years.numbers(), years.mappings(),
                l.grantSummaries());
    }

    private Listed listed(Codebook codebook) {
        SurveyQueries queries = sources.queries();
        Map<String, Integer> anyTicked = new HashMap<>();
        codebook.multiQuestions()
            .forEach((question, columns) -> anyTicked.put(question,
                    queries.respondentsWithAny(columns.stream().map(CodebookColumn::code).toList())));
        Map<String, List<OpenAnswer>> open = new HashMap<>();
        Map<String, List<OpenAnswer>> openOfAll = new HashMap<>();
        for (CodebookColumn c : codebook.ofType(ColumnType.TEXT)) {
            open.put(c.code(), queries.openAnswers(c.code()));
            openOfAll.put(c.code(), queries.openAnswersOfAll(c.code()));
        }
        QualityStore quality = sources.quality();
        return new Listed(anyTicked, open, openOfAll, sources.survey().unitNotes(), quality.corrections(),
                quality.rejections(), sources.strategies().targets(), sources.strategies().strategies(),
                sources.grants().memberFigures(), sources.grants().summaries());
    }

}
