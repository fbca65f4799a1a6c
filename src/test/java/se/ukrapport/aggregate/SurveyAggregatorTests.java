package se.ukrapport.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EnergyBalance;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.domain.survey.NumberSummary;

/**
 * The per-cluster tables from the database's counts, with the counts given by a stub in
 * place of the SQL: complete tables with zero rows, shares over those who answered (a
 * single question) or over all respondents (a multi question), medians of even counts,
 * and energy balances per carrier.
 */
class SurveyAggregatorTests {

    private static CodebookColumn column(String code, ColumnType type, List<AnswerOption> options, String label,
            EnergyDirection direction) {
        return new CodebookColumn(code, "Fråga " + code, type, options, label, "", "5", direction, "", 2);
    }

    private static final Codebook CODEBOOK = new Codebook(List.of(
            column("q01", ColumnType.SINGLE, List.of(new AnswerOption("1", "Ja"), new AnswerOption("2", "Nej")), "",
                    null),
            column("q02_a", ColumnType.MULTI, List.of(), "Belysning", null),
            column("q02_b", ColumnType.MULTI, List.of(), "Biogas", null),
            column("q03", ColumnType.NUMBER, List.of(), "", null),
            column("q04_el_okning", ColumnType.ENERGY, List.of(), "El", EnergyDirection.INCREASE),
            column("q04_el_minskning", ColumnType.ENERGY, List.of(), "El", EnergyDirection.DECREASE)));

    /** Counts as the database would give them for two clusters, Norr (3) and Syd (2). */
    static final class StubQueries extends SurveyQueries {

        StubQueries() {
            super(null);
        }

        @Override
        public Map<String, Integer> respondentsPerCluster() {
            return Map.of("Norr", 3, "Syd", 2);
        }

        @Override
        public Map<String, List<ValueCount>> valueCounts(List<String> codes) {
            Map<String, List<ValueCount>> out = new HashMap<>();
            // q01: Norr 2 Ja, Syd 1 Ja 1 Nej; one Norr municipality left it blank
            out.put("q01", List.of(new ValueCount("Norr", "1", 2), new ValueCount("Syd", "1", 1),
                    new ValueCount("Syd", "2", 1)));
            // q02_a ticked by one in Norr; q02_b by nobody
            out.put("q02_a", List.of(new ValueCount("Norr", "1", 1)));
            return out;
        }

        @Override
        public List<ClusterNumber> numbers(String code) {
            return List.of(new ClusterNumber("Syd", new BigDecimal("2")),
                    new ClusterNumber("Norr", new BigDecimal("4")), new ClusterNumber("Norr", new BigDecimal("6")),
                    new ClusterNumber("Syd", new BigDecimal("10")));
        }

        @Override
        public EnergySum energySum(List<String> codes) {
            if (codes.equals(List.of("q04_el_okning"))) {
                return new EnergySum(new BigDecimal("100"), 1);
            }
            if (codes.equals(List.of("q04_el_minskning"))) {
                return new EnergySum(new BigDecimal("350"), 2);
            }
            return new EnergySum(new BigDecimal("450"), 3);
        }

        int usableAnswersQueries;

        /**
         * q01 and q03 of five municipalities: A and B Ja with 2008, C Ja with 2006, D Nej
         * with 2008, E Ja without a year; F gave only a year.
         */
        @Override
        public List<UsableAnswer> usableAnswers(List<String> codes) {
            usableAnswersQueries++;
            return List.of(new UsableAnswer("q01", "A", "1", null), new UsableAnswer("q03", "A", null, year(2008)),
                    new UsableAnswer("q01", "B", "1", null), new UsableAnswer("q03", "B", null, year(2008)),
                    new UsableAnswer("q03", "C", null, year(2006)), new UsableAnswer("q01", "C", "1", null),
                    new UsableAnswer("q01", "D", "2", null), new UsableAnswer("q03", "D", null, year(2008)),
                    new UsableAnswer("q01", "E", "1", null), new UsableAnswer("q03", "F", null, year(2010)));
        }

        private static BigDecimal year(int y) {
            return new BigDecimal(y + ".000000000");
        }

    }

    private final SurveyAggregator aggregator = new SurveyAggregator(new StubQueries(), CODEBOOK,
            List.of("Norr", "Syd"));

    private static ChoiceShare share(List<ChoiceShare> all, String question, String cluster, String option) {
        return all.stream()
            .filter(s -> s.question().equals(question) && s.cluster().equals(cluster) && s.option().equals(option))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void aSingleQuestionCountsOverThoseWhoAnsweredWithEveryOptionInEveryCluster() {
        List<ChoiceShare> shares = aggregator.choices();

        // Norr: 2 of the 2 who answered said Ja, and Nej is there with 0
        assertThat(share(shares, "q01", "Norr", "Ja").count()).isEqualTo(2);
        assertThat(share(shares, "q01", "Norr", "Ja").base()).isEqualTo(2);
        assertThat(share(shares, "q01", "Norr", "Nej").count()).isZero();
        // Samtliga adds the clusters up
        assertThat(share(shares, "q01", ChoiceShare.ALL, "Ja").count()).isEqualTo(3);
        assertThat(share(shares, "q01", ChoiceShare.ALL, "Ja").base()).isEqualTo(4);
    }

    @Test
    void aMultiQuestionCountsOverAllRespondentsAndKeepsAnOptionNobodyTicked() {
        List<ChoiceShare> shares = aggregator.choices();

        assertThat(share(shares, "q02", "Norr", "Belysning").count()).isEqualTo(1);
        assertThat(share(shares, "q02", "Norr", "Belysning").base()).isEqualTo(3);
        assertThat(share(shares, "q02", "Syd", "Biogas").count()).isZero();
        assertThat(share(shares, "q02", ChoiceShare.ALL, "Belysning").base()).isEqualTo(5);
    }

    @Test
    void crossTablesPairEachMunicipalitysOptionWithItsNumberFromOneQuery() {
        StubQueries queries = new StubQueries();
        SurveyAggregator counting = new SurveyAggregator(queries, CODEBOOK, List.of("Norr", "Syd"));

        var tables = counting.crossTabs(List.of("q01"), List.of("q03"));

        // options in codebook order, numbers ascending within an option; no year, no row
        assertThat(tables.get(se.ukrapport.domain.ReportFigures.crossTabKey("q01", "q03")))
            .extracting(c -> c.option() + " " + c.number().toBigInteger() + " " + c.count())
            .containsExactly("Ja 2006 1", "Ja 2008 2", "Nej 2008 1");
        // all pairs from one read of the answers, not a query per pair
        assertThat(queries.usableAnswersQueries).isEqualTo(1);
        assertThat(counting.crossTab("q01", "q03")).hasSize(3);
    }

    @Test
    void numbersGetMedianMeanAndRangePerClusterAndForAll() {
        List<NumberSummary> numbers = aggregator.numbers();

        NumberSummary all = numbers.stream().filter(n -> n.cluster().equals(ChoiceShare.ALL)).findFirst().orElseThrow();
        // 2, 4, 6, 10: the median of an even count is the mean of the middle two
        assertThat(all.n()).isEqualTo(4);
        assertThat(all.median()).isEqualByComparingTo("5");
        assertThat(all.mean()).isEqualByComparingTo("5.5");
        assertThat(all.min()).isEqualByComparingTo("2");
        assertThat(all.max()).isEqualByComparingTo("10");
        NumberSummary syd = numbers.stream().filter(n -> n.cluster().equals("Syd")).findFirst().orElseThrow();
        assertThat(syd.median()).isEqualByComparingTo("6");
        assertThat(numbers).extracting(NumberSummary::cluster).containsExactly("Norr", "Syd", ChoiceShare.ALL);
    }

    @Test
    void energyIsBalancedPerCarrierThenInTotal() {
        List<EnergyBalance> energy = aggregator.energy();

        assertThat(energy).extracting(EnergyBalance::carrier).containsExactly("El", EnergyBalance.TOTAL);
        EnergyBalance el = energy.get(0);
        assertThat(el.increaseMwh()).isEqualByComparingTo("100");
        assertThat(el.decreaseMwh()).isEqualByComparingTo("350");
        assertThat(el.respondents()).isEqualTo(3);
        assertThat(energy.get(1).decreaseMwh()).isEqualByComparingTo("350");
    }

}
