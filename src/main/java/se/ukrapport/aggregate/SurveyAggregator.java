package se.ukrapport.aggregate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.ukrapport.domain.ReportFigures;
import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.aggregate.SurveyQueries.ClusterNumber;
import se.ukrapport.aggregate.SurveyQueries.ValueCount;
import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.CrossCount;
import se.ukrapport.domain.survey.EnergyBalance;
import se.ukrapport.domain.survey.NumberSummary;

/**
 * Per-cluster and all-respondent figures of the survey, driven by the codebook alone:
 * whatever questions another year's codebook holds, each single/scale/multi question gets
 * its shares, each number question its statistics and each energy carrier its balance.
 * The database groups and counts; this class arranges the counts into complete tables
 * (zero rows included).
 */
public final class SurveyAggregator {

    /** The cluster name used for all respondents together. */
    public static final String ALL = ChoiceShare.ALL;

    private final SurveyQueries store;

    private final Codebook codebook;

    private final List<String> clusters;

    /**
     * @param clusters the programme's clusters in report order ({@link #ALL} is added
     * last)
     */
    public SurveyAggregator(SurveyQueries store, Codebook codebook, List<String> clusters) {
        this.store = store;
        this.codebook = codebook;
        List<String> all = new ArrayList<>(clusters);
        all.add(ALL);
        this.clusters = List.copyOf(all);
    }

    public List<String> clustersWithAll() {
        return clusters;
    }

    /** data/aggregat.csv: every single, scale and multi question, in codebook order. */
    public List<ChoiceShare> choices() {
        List<ChoiceShare> out = new ArrayList<>();
        Map<String, Integer> respondents = withAll(store.respondentsPerCluster());
        java.util.Set<String> multiDone = new java.util.HashSet<>();
        Map<String, List<CodebookColumn>> multi = codebook.multiQuestions();
        List<String> codes = new ArrayList<>();
        for (CodebookColumn c : codebook.columns()) {
            if (c.type().hasOptions() || c.type() == ColumnType.MULTI) {
                codes.add(c.code());
            }
        }
        Map<String, List<ValueCount>> counts = store.valueCounts(codes);
        for (CodebookColumn c : codebook.columns()) {
            if (c.type().hasOptions()) {
                out.addAll(singleChoice(c, counts.getOrDefault(c.code(), List.of()), clusters));
            }
            else if (c.type() == ColumnType.MULTI && multiDone.add(c.questionCode())) {
                out.addAll(multiChoice(c.questionCode(), multi.get(c.questionCode()), respondents, counts, clusters));
            }
        }
        return out;
    }

    /**
     * One single or scale question per cluster; {@code clusters} ends with {@link #ALL}.
     * Also for earlier years.
     */
    static List<ChoiceShare> singleChoice(CodebookColumn c, List<ValueCount> valueCounts, List<String> clusters) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (ValueCount vc : valueCounts) {
            counts.computeIfAbsent(vc.cluster(), k -> new HashMap<>()).merge(vc.value(), vc.count(), Integer::sum);
            counts.computeIfAbsent(ALL, k -> new HashMap<>()).merge(vc.value(), vc.count(), Integer::sum);
        }
        List<ChoiceShare> out = new ArrayList<>();
        for (String cluster : clusters) {
            Map<String, Integer> byValue = counts.getOrDefault(cluster, Map.of());
            int base = byValue.values().stream().mapToInt(Integer::intValue).sum();
            for (AnswerOption o : c.options()) {
                out.add(new ChoiceShare(c.code(), cluster, o.label(), byValue.getOrDefault(o.value(), 0), base));
            }
        }
        return out;
    }

    /**
     * The options of one multi question per cluster, over all respondents; also for
     * earlier years.
     */
    static List<ChoiceShare> multiChoice(String question, List<CodebookColumn> options,
            Map<String, Integer> respondents, Map<String, List<ValueCount>> counts, List<String> clusters) {
        Map<String, Map<String, Integer>> ticked = new HashMap<>();
        for (CodebookColumn o : options) {
            Map<String, Integer> perCluster = new HashMap<>();
            for (ValueCount vc : counts.getOrDefault(o.code(), List.of())) {
                perCluster.merge(vc.cluster(), vc.count(), Integer::sum);
                perCluster.merge(ALL, vc.count(), Integer::sum);
            }
            ticked.put(o.code(), perCluster);
        }
        List<ChoiceShare> out = new ArrayList<>();
        for (String cluster : clusters) {
            int base = respondents.getOrDefault(cluster, 0);
            for (CodebookColumn o : options) {
                out.add(new ChoiceShare(question, cluster, o.label(), ticked.get(o.code()).getOrDefault(cluster, 0),
                        base));
            }
        }
        return out;
    }

    /**
     * data/numeriska.csv: every number question per cluster, corrections already applied.
     */
    public List<NumberSummary> numbers() {
        List<NumberSummary> out = new ArrayList<>();
        for (CodebookColumn c : codebook.ofType(ColumnType.NUMBER)) {
            out.addAll(perCluster(c.code(), store.numbers(c.code()), clusters));
        }
        return out;
    }

    /**
     * One number question's statistics per cluster, from its usable numbers in ascending
     * order.
     */
    static List<NumberSummary> perCluster(String code, List<ClusterNumber> sorted, List<String> clusters) {
        Map<String, List<BigDecimal>> values = new HashMap<>();
        for (ClusterNumber cn : sorted) {
            values.computeIfAbsent(cn.cluster(), k -> new ArrayList<>()).add(cn.value());
            values.computeIfAbsent(ALL, k -> new ArrayList<>()).add(cn.value());
        }
        List<NumberSummary> out = new ArrayList<>();
        for (String cluster : clusters) {
            out.add(summarise(code, cluster, values.getOrDefault(cluster, List.of())));
        }
        return out;
    }

    /**
     * @param sorted ascending, as the store returns them
     */
    static NumberSummary summarise(String question, String cluster, List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return new NumberSummary(question, cluster, 0, null, null, null, null);
        }
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
        return new NumberSummary(question, cluster, n, median, mean, sorted.get(0), sorted.get(n - 1));
    }

    /** data/energi.csv: each carrier in codebook order, then {@code Totalt}. */
    public List<EnergyBalance> energy() {
        List<EnergyBalance> out = new ArrayList<>();
        List<String> allCodes = new ArrayList<>();
        BigDecimal totalUp = BigDecimal.ZERO;
        BigDecimal totalDown = BigDecimal.ZERO;
        for (String carrier : codebook.energyCarriers()) {
            List<String> up = new ArrayList<>();
            List<String> down = new ArrayList<>();
            for (CodebookColumn c : codebook.ofType(ColumnType.ENERGY)) {
                if (c.label().equals(carrier)) {
                    (c.direction() == EnergyDirection.INCREASE ? up : down).add(c.code());
                    allCodes.add(c.code());
                }
            }
            SurveyQueries.EnergySum inc = store.energySum(up);
            SurveyQueries.EnergySum dec = store.energySum(down);
            List<String> both = new ArrayList<>(up);
            both.addAll(down);
            int answered = store.energySum(both).municipalities();
            out.add(new EnergyBalance(carrier, inc.mwh(), dec.mwh(), answered));
            totalUp = totalUp.add(inc.mwh());
            totalDown = totalDown.add(dec.mwh());
        }
        out.add(new EnergyBalance(EnergyBalance.TOTAL, totalUp, totalDown, store.energySum(allCodes).municipalities()));
        return out;
    }

    static Map<String, Integer> withAll(Map<String, Integer> perCluster) {
        Map<String, Integer> out = new HashMap<>(perCluster);
        out.put(ALL, perCluster.values().stream().mapToInt(Integer::intValue).sum());
        return out;
    }

    /**
     * A single-choice question crossed with a number question (all respondents), e.g.
     * strategy status × year of adoption: one row per option and number, options in
     * codebook order, numbers ascending.
     */
    public List<CrossCount> crossTab(String optionCode, String numberCode) {
        return crossTabs(List.of(optionCode), List.of(numberCode))
            .get(ReportFigures.crossTabKey(optionCode, numberCode));
    }

    /**
     * Every option column crossed with every number column ({@link #crossTab}), keyed by
     * {@link ReportFigures#crossTabKey}: the usable answers of all these columns are read
     * once and paired per municipality in memory.
     */
    public Map<String, List<CrossCount>> crossTabs(List<String> optionCodes, List<String> numberCodes) {
        List<CodebookColumn> optionColumns = new ArrayList<>();
        for (String code : optionCodes) {
            optionColumns
                .add(codebook.column(code).orElseThrow(() -> new IllegalArgumentException("okänd kod " + code)));
        }
        List<String> codes = new ArrayList<>(optionCodes);
        codes.addAll(numberCodes);
        Map<String, List<SurveyQueries.UsableAnswer>> answers = new HashMap<>();
        for (SurveyQueries.UsableAnswer a : store.usableAnswers(codes)) {
            answers.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<CrossCount>> out = new LinkedHashMap<>();
        for (String numberCode : numberCodes) {
            Map<String, BigDecimal> numberOf = new HashMap<>();
            for (SurveyQueries.UsableAnswer a : answers.getOrDefault(numberCode, List.of())) {
                if (a.number() != null) {
                    numberOf.put(a.municipality(), a.number());
                }
            }
            for (CodebookColumn options : optionColumns) {
                out.put(ReportFigures.crossTabKey(options.code(), numberCode),
                        crossTab(options, answers.getOrDefault(options.code(), List.of()), numberOf));
            }
        }
        return out;
    }

    /**
     * Respondents per (option value, number), as SQL's GROUP BY value, number ORDER BY
     * number would count them.
     */
    static List<CrossCount> crossTab(CodebookColumn options, List<SurveyQueries.UsableAnswer> optionAnswers,
            Map<String, BigDecimal> numberOf) {
        Map<String, TreeMap<BigDecimal, Integer>> counts = new HashMap<>();
        for (SurveyQueries.UsableAnswer a : optionAnswers) {
            BigDecimal number = numberOf.get(a.municipality());
            if (number != null && a.value() != null) {
                counts.computeIfAbsent(a.value(), k -> new TreeMap<>()).merge(number, 1, Integer::sum);
            }
        }
        List<CrossCount> out = new ArrayList<>();
        for (AnswerOption o : options.options()) {
            counts.getOrDefault(o.value(), new TreeMap<>())
                .forEach((number, count) -> out.add(new CrossCount(o.label(), number, count)));
        }
        return out;
    }

}
