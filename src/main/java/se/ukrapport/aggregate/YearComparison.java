package se.ukrapport.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.ComparedNumber;
import se.ukrapport.domain.survey.ComparedShare;
import se.ukrapport.domain.survey.NumberSummary;
import se.ukrapport.domain.survey.YearMapping;
import se.ukrapport.store.EarlierSurveyStore;

/**
 * The comparison of survey years (output-contract.md, data/jamforelse.csv and
 * jamforelse-numeriska.csv): for every report-year question with a counterpart in an
 * earlier year, the report year's rows (aggregat's and numeriska's) and each earlier
 * year's, counted over that year's respondents in their cluster of kommuner.csv, exactly
 * as the report year is counted.
 */
public final class YearComparison {

    /**
     * What the comparison gives: rows of both files, in question, cluster, option and
     * year order.
     */
    public record Result(List<ComparedShare> shares, List<ComparedNumber> numbers, List<YearMapping> mappings) {
    }

    private final EarlierSurveyStore store;

    private final EarlierSurveyQueries queries;

    private final Codebook codebook;

    private final List<String> clusters;

    /**
     * @param clusters the clusters in report order, {@code Samtliga} last
     */
    public YearComparison(EarlierSurveyStore store, EarlierSurveyQueries queries, Codebook codebook,
            List<String> clusters) {
        this.store = store;
        this.queries = queries;
        this.codebook = codebook;
        this.clusters = clusters;
    }

    public Result compare(int reportYear, List<ChoiceShare> reportShares, List<NumberSummary> reportNumbers) {
        List<YearMapping> mappings = store.mappings()
            .stream()
            .map(m -> new YearMapping(m.year(), m.earlierCode(), m.code()))
            .toList();
        Map<Integer, Set<String>> comparedIn = new TreeMap<>();
        for (YearMapping m : mappings) {
            comparedIn.computeIfAbsent(m.year(), k -> new LinkedHashSet<>()).add(m.code());
        }
        if (comparedIn.isEmpty()) {
            return new Result(List.of(), List.of(), mappings);
        }
        Map<String, Map<Integer, List<ChoiceShare>>> shares = new HashMap<>();
        Map<String, Map<Integer, List<NumberSummary>>> numbers = new HashMap<>();
        for (var e : comparedIn.entrySet()) {
            int year = e.getKey();
            Set<String> codes = e.getValue();
            Map<String, Integer> respondents = SurveyAggregator.withAll(queries.respondentsPerCluster(year));
            Map<String, List<SurveyQueries.ValueCount>> counts = queries.valueCounts(year);
            Set<String> multiDone = new java.util.HashSet<>();
            for (CodebookColumn c : codebook.columns()) {
                if (c.type().hasOptions() && codes.contains(c.code())) {
                    put(shares, c.code(), year,
                            SurveyAggregator.singleChoice(c, counts.getOrDefault(c.code(), List.of()), clusters));
                }
                else if (c.type() == ColumnType.MULTI && codes.contains(c.code()) && multiDone.add(c.questionCode())) {
                    List<CodebookColumn> options = codebook.multiQuestions()
                        .get(c.questionCode())
                        .stream()
                        .filter(o -> codes.contains(o.code()))
                        .toList();
                    put(shares, c.questionCode(), year,
                            SurveyAggregator.multiChoice(c.questionCode(), options, respondents, counts, clusters));
                }
                else if (c.type() == ColumnType.NUMBER && codes.contains(c.code())) {
                    numbers.computeIfAbsent(c.code(), k -> new HashMap<>())
                        .put(year, SurveyAggregator.perCluster(c.code(), queries.numbers(year, c.code()), clusters));
                }
            }
        }
        for (ChoiceShare s : reportShares) {
            if (shares.containsKey(s.question())) {
                shares.get(s.question()).computeIfAbsent(reportYear, k -> new ArrayList<>()).add(s);
            }
        }
        for (NumberSummary n : reportNumbers) {
            if (numbers.containsKey(n.question())) {
                numbers.get(n.question()).computeIfAbsent(reportYear, k -> new ArrayList<>()).add(n);
            }
        }
        return new Result(orderedShares(shares), orderedNumbers(numbers), mappings);
    }

    /**
     * Question (codebook order), cluster (report order), option (codebook order), year
     * ascending.
     */
    private List<ComparedShare> orderedShares(Map<String, Map<Integer, List<ChoiceShare>>> shares) {
        List<ComparedShare> out = new ArrayList<>();
        for (String question : questionOrder()) {
            Map<Integer, List<ChoiceShare>> byYear = shares.get(question);
            if (byYear == null) {
                continue;
            }
            for (String cluster : clusters) {
                List<String> options = new ArrayList<>();
                for (List<ChoiceShare> list : byYear.values()) {
                    list.stream()
                        .filter(s -> s.cluster().equals(cluster))
                        .map(ChoiceShare::option)
                        .filter(o -> !options.contains(o))
                        .forEach(options::add);
                }
                for (String option : reportOptionOrder(question, options)) {
                    for (var y : new TreeMap<>(byYear).entrySet()) {
                        y.getValue()
                            .stream()
                            .filter(s -> s.cluster().equals(cluster) && s.option().equals(option))
                            .forEach(s -> out.add(new ComparedShare(y.getKey(), s)));
                    }
                }
            }
        }
        return out;
    }

    private List<ComparedNumber> orderedNumbers(Map<String, Map<Integer, List<NumberSummary>>> numbers) {
        List<ComparedNumber> out = new ArrayList<>();
        for (String question : questionOrder()) {
            Map<Integer, List<NumberSummary>> byYear = numbers.get(question);
            if (byYear == null) {
                continue;
            }
            for (String cluster : clusters) {
                for (var y : new TreeMap<>(byYear).entrySet()) {
                    y.getValue()
                        .stream()
                        .filter(n -> n.cluster().equals(cluster))
                        .forEach(n -> out.add(new ComparedNumber(y.getKey(), n)));
                }
            }
        }
        return out;
    }

    private List<String> questionOrder() {
        Set<String> order = new LinkedHashSet<>();
        for (CodebookColumn c : codebook.columns()) {
            order.add(c.type() == ColumnType.MULTI ? c.questionCode() : c.code());
        }
        return new ArrayList<>(order);
    }

    /** The options seen, in the report year's codebook order. */
    private List<String> reportOptionOrder(String question, List<String> seen) {
        List<String> order = new ArrayList<>();
        codebook.column(question).ifPresent(c -> c.options().forEach(o -> order.add(o.label())));
        codebook.multiQuestions().getOrDefault(question, List.of()).forEach(c -> order.add(c.label()));
        List<String> out = new ArrayList<>(order.stream().filter(seen::contains).toList());
        seen.stream().filter(o -> !out.contains(o)).forEach(out::add);
        return out;
    }

    private static void put(Map<String, Map<Integer, List<ChoiceShare>>> shares, String question, int year,
            List<ChoiceShare> rows) {
        shares.computeIfAbsent(question, k -> new HashMap<>()).put(year, rows);
    }

}
