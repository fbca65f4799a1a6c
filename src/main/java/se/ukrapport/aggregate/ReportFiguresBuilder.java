package se.ukrapport.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.ukrapport.domain.ReportFigures;
import se.ukrapport.domain.ReportProperties;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.store.EarlierSurveyStore;
import se.ukrapport.store.ReportStore;

/**
 * Reads the stored input once and computes the {@link ReportFigures} the templates and
 * data files are made from: the aggregation per cluster, and per question what a template
 * may ask of it.
 */
public final class ReportFiguresBuilder {

    private final ReportStore store;

    private final EarlierSurveyStore earlier;

    public ReportFiguresBuilder(ReportStore store, EarlierSurveyStore earlier) {
        this.store = store;
        this.earlier = earlier;
    }

    public ReportFigures build(ReportProperties meta) {
        MunicipalityRegistry registry = store.municipalities();
        Codebook codebook = store.codebook();
        SurveyAggregator aggregator = new SurveyAggregator(store, codebook, registry.clusters());
        Map<String, Integer> anyTicked = new HashMap<>();
        codebook.multiQuestions()
            .forEach((question, columns) -> anyTicked.put(question,
                    store.respondentsWithAny(columns.stream().map(CodebookColumn::code).toList())));
        Map<String, List<BigDecimal>> values = new HashMap<>();
        List<CodebookColumn> numeric = new ArrayList<>(codebook.ofType(ColumnType.NUMBER));
        numeric.addAll(codebook.ofType(ColumnType.ENERGY));
        for (CodebookColumn c : numeric) {
            values.put(c.code(), store.numbers(c.code()).stream().map(ReportStore.ClusterNumber::value).toList());
        }
        Map<String, List<se.ukrapport.domain.survey.CrossCount>> crossTabs = new HashMap<>();
        List<CodebookColumn> options = new ArrayList<>(codebook.ofType(ColumnType.SINGLE));
        options.addAll(codebook.ofType(ColumnType.SCALE));
        for (CodebookColumn o : options) {
            for (CodebookColumn n : codebook.ofType(ColumnType.NUMBER)) {
                crossTabs.put(ReportFigures.crossTabKey(o.code(), n.code()), aggregator.crossTab(o.code(), n.code()));
            }
        }
        Map<String, List<se.ukrapport.domain.survey.OpenAnswer>> open = new HashMap<>();
        Map<String, List<se.ukrapport.domain.survey.OpenAnswer>> openOfAll = new HashMap<>();
        for (CodebookColumn c : codebook.ofType(ColumnType.TEXT)) {
            open.put(c.code(), store.openAnswers(c.code()));
            openOfAll.put(c.code(), store.openAnswersOfAll(c.code()));
        }
        var choices = aggregator.choices();
        var numbers = aggregator.numbers();
        YearComparison.Result years = new YearComparison(earlier, codebook, aggregator.clustersWithAll())
            .compare(meta.year(), choices, numbers);
        return new ReportFigures(meta, registry, codebook, store.respondentCount(), choices, numbers,
                aggregator.energy(), anyTicked, values, crossTabs, open, openOfAll, store.unitNotes(),
                store.corrections(), store.rejections(), store.targets(), store.strategies(),
                store.memberGrantFigures(), years.shares(), years.numbers(), years.mappings(), store.grantSummaries());
    }

}
