package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.ukrapport.domain.survey.CrossCount;
import se.ukrapport.aggregate.SurveyAggregator;
import se.ukrapport.aggregate.SurveyQueries;
import se.ukrapport.store.ReferenceStore;

/**
 * rapportJob end to end on the demo corpus: the figures the seed report published must
 * come out of the data files (Tabell 1, 3 and 4 and the numbers quoted in chapter 5).
 */
class ReportJobFunctionalTests {

    @TempDir
    static Path work;

    private static TestCorpus.Run run;

    private static Path data;

    @BeforeAll
    static void runOnDemoCorpus() {
        TestCorpus.copyDemo(work);
        run = TestCorpus.run(work);
        data = work.resolve("output/data");
    }

    @Test
    void runSucceedsAndReportsProgressInSwedish() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Läser kommuner.csv: 66 kommuner i 8 kluster")
            .contains("65 svarande kommuner")
            .contains("Klart");
        assertThat(work.resolve("output/kvalitet/enheter.csv")).exists();
        assertThat(work.resolve("output/manifest.json")).exists();
        assertThat(work.resolve(".output.staging")).doesNotExist();
    }

    @Test
    void dataFilesFollowTheContract() throws Exception {
        byte[] bytes = Files.readAllBytes(data.resolve("energi.csv"));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("barare;okning_mwh;minskning_mwh;skillnad_mwh;antal_svar")
            .contains("Bensin;847,1;16766,7;-15919,6;3")
            .doesNotContain("\u2212");
    }

    @Test
    void energyPlanQuestion48Of65() {
        Map<String, String> ja = find("aggregat.csv", "q06_energiplan", "Samtliga", "Ja");
        assertThat(ja.get("antal")).isEqualTo("48");
        assertThat(ja.get("bas")).isEqualTo("65");
        assertThat(ja.get("andel")).isEqualTo("73,8");
    }

    @Test
    void actionPlanShare88PercentOf49() {
        Map<String, String> ja = find("aggregat.csv", "q03_handlingsplan", "Samtliga", "Ja");
        assertThat(ja.get("antal")).isEqualTo("43");
        assertThat(ja.get("bas")).isEqualTo("49");
        assertThat(new BigDecimal(ja.get("andel").replace(',', '.'))).isEqualByComparingTo("87.8");
    }

    @Test
    void medianHoursAre6ForContactAnd20ForOrganisation() {
        Map<String, String> contact = find("numeriska.csv", "q12_timmar_kontakt", "Samtliga");
        Map<String, String> org = find("numeriska.csv", "q13_timmar_org", "Samtliga");
        assertThat(contact.get("median")).isEqualTo("6,0");
        assertThat(org.get("median")).isEqualTo("20,0");
        assertThat(org.get("min")).isEqualTo("2,0");
        // Säffle's 1000 hours corrected to 100 in rattelser.csv
        assertThat(org.get("max")).isEqualTo("100,0");
    }

    @Test
    void table3PerformanceSharesAsPublished() {
        List<Long> percents = TestCorpus.readCsv(data.resolve("aggregat.csv"))
            .stream()
            .filter(r -> r.get("fraga").equals("q32_prestation") && r.get("kluster").equals("Samtliga"))
            .map(r -> Math.round(100.0 * Integer.parseInt(r.get("antal")) / Integer.parseInt(r.get("bas"))))
            .sorted(java.util.Comparator.reverseOrder())
            .toList();
        assertThat(percents).containsExactly(46L, 45L, 42L, 37L, 35L, 35L, 32L, 26L, 26L, 25L, 23L, 18L, 17L, 9L, 0L);
    }

    @Test
    void table4EnergyInMwhAsPublished() {
        Map<String, String[]> expected = Map.ofEntries(Map.entry("Bensin", new String[] { "847.1", "16766.7" }),
                Map.entry("Diesel", new String[] { "20805.8", "6621.3" }),
                Map.entry("Etanol", new String[] { "1918.3", "469.1" }),
                Map.entry("RME", new String[] { "260.0", "36.5" }),
                Map.entry("Eldningsolja", new String[] { "16953.2", "23248.6" }),
                Map.entry("Naturgas", new String[] { "4.4", "2031.2" }),
                Map.entry("Biogas", new String[] { "424562.3", "258.2" }),
                Map.entry("Fjärrvärme", new String[] { "27907.7", "39666.1" }),
                Map.entry("Biobränsle", new String[] { "7755.5", "1564.4" }),
                Map.entry("El", new String[] { "7612.8", "44700.2" }),
                Map.entry("Annat", new String[] { "659.0", "0.0" }),
                Map.entry("Totalt", new String[] { "509286.2", "135362.2" }));
        Map<String, Map<String, String>> rows = TestCorpus.readCsv(data.resolve("energi.csv"))
            .stream()
            .collect(Collectors.toMap(r -> r.get("barare"), r -> r));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((carrier, mwh) -> {
            assertThat(decimal(rows.get(carrier).get("okning_mwh"))).as(carrier)
                .isCloseTo(new BigDecimal(mwh[0]), org.assertj.core.data.Offset.offset(new BigDecimal("0.1")));
            assertThat(decimal(rows.get(carrier).get("minskning_mwh"))).as(carrier)
                .isCloseTo(new BigDecimal(mwh[1]), org.assertj.core.data.Offset.offset(new BigDecimal("0.1")));
        });
        assertThat(rows.get("Totalt").get("antal_svar")).isEqualTo("28");
        assertThat(decimal(rows.get("Totalt").get("skillnad_mwh"))).isCloseTo(new BigDecimal("373924"),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.5")));
    }

    @Test
    void table1StrategyStatusByYearAsPublished() {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:file:" + work.resolve(".uk-rapport/jobbregister"), "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        ReferenceStore store = new ReferenceStore(jdbc);
        List<CrossCount> table = new SurveyAggregator(new SurveyQueries(jdbc), store.codebook(),
                store.municipalities().clusters())
            .crossTab("q01_strategi", "q02_strategi_ar");
        Map<String, Integer> adopted = table.stream()
            .filter(c -> c.option().startsWith("Fastställd"))
            .collect(Collectors.toMap(c -> c.number().stripTrailingZeros().toPlainString(), CrossCount::count));
        Map<String, Integer> planned = table.stream()
            .filter(c -> c.option().startsWith("Energi- och klimatstrategi ska"))
            .collect(Collectors.toMap(c -> c.number().stripTrailingZeros().toPlainString(), CrossCount::count));
        assertThat(adopted).containsEntry("2006", 3)
            .containsEntry("2008", 4)
            .containsEntry("2009", 16)
            .containsEntry("2010", 14);
        assertThat(planned).containsEntry("2011", 21).containsEntry("2012", 4);
        assertThat(find("aggregat.csv", "q01_strategi", "Samtliga",
                "Har inte utarbetat energi- och klimatstrategi inom ramen för Uthållig kommun")
            .get("antal")).isEqualTo("3");
    }

    @Test
    void qualityFilesListAssumptionsCorrectionsAndRejections() {
        List<Map<String, String>> units = TestCorpus.readCsv(work.resolve("output/kvalitet/enheter.csv"));
        assertThat(units).anySatisfy(r -> {
            assertThat(r.get("kommun")).isEqualTo("Karlstad");
            assertThat(r.get("regel")).isEqualTo("antagen MWh");
        });
        // Ulricehamn's 800 was assumed MWh; its correction says kWh, so only the
        // correction is listed.
        assertThat(units.stream().filter(r -> r.get("kommun").equals("Ulricehamn")).map(r -> r.get("regel")))
            .containsExactly("rättelse");
        assertThat(TestCorpus.readCsv(work.resolve("output/kvalitet/rattelser.csv"))).hasSize(3)
            .anySatisfy(r -> assertThat(r).containsEntry("fore", "1000").containsEntry("efter", "100"));
        assertThat(TestCorpus.readCsv(work.resolve("output/kvalitet/avvisade.csv"))).anySatisfy(
                r -> assertThat(r).containsEntry("varde", "varierar").containsEntry("kolumn", "q12_timmar_kontakt"));
    }

    @Test
    void sameInputAgainChangesNothing() {
        Map<String, String> before = TestCorpus.snapshot(work.resolve("output"));
        TestCorpus.Run again = TestCorpus.run(work);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Inget har ändrats");
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEqualTo(before);
    }

    private Map<String, String> find(String file, String question, String cluster, String... option) {
        return TestCorpus.readCsv(data.resolve(file))
            .stream()
            .filter(r -> r.get("fraga").equals(question) && r.get("kluster").equals(cluster)
                    && (option.length == 0 || r.get("svar").equals(option[0])))
            .findFirst()
            .orElseThrow(() -> new AssertionError(question + "/" + cluster + " saknas i " + file));
    }

    private static BigDecimal decimal(String csv) {
        return new BigDecimal(csv.replace(',', '.'));
    }

}
