package se.ukrapport.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.ukrapport.domain.ReportFigures;
import se.ukrapport.domain.ReportProperties;
import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.CrossCount;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.NumberSummary;
import se.ukrapport.domain.survey.OpenAnswer;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.StrategyRow;
import se.ukrapport.domain.targets.TargetCategory;

class ReportDataTests {

    private static final String STOR = "Storstad";

    private static final String SMA = "Småstad";

    private static final String ALL = ChoiceShare.ALL;

    private static final ReportProperties META = new ReportProperties("Uthållig kommun", 2011, "2008–2011",
            "Energimyndigheten", LocalDate.of(2011, 11, 30));

    // Clusters in kommuner.csv order: Storstad first. Names chosen so that Swedish order
    // (Å, Ä, Ö
    // after Z, Å before Ä) differs from code-point order (Ä before Å) and from file
    // order.
    private static final MunicipalityRegistry REGISTRY = new MunicipalityRegistry(
            List.of(new Municipality("1880", "Örebro", STOR, false, false, 2),
                    new Municipality("1490", "Borås", STOR, true, false, 3),
                    new Municipality("1281", "Lund", STOR, false, false, 4),
                    new Municipality("1492", "Åmål", SMA, true, true, 5),
                    new Municipality("0765", "Älmhult", SMA, false, true, 6),
                    new Municipality("1286", "Ystad", SMA, false, true, 7),
                    new Municipality("1489", "Alingsås", SMA, false, false, 8),
                    new Municipality("1283", "Helsingborg", STOR, false, true, 9)));

    private static CodebookColumn column(String code, String question, ColumnType type, String label, String chapter,
            String unit, EnergyDirection direction) {
        List<AnswerOption> options = type.hasOptions()
                ? List.of(new AnswerOption("1", "Ja"), new AnswerOption("2", "Delvis"), new AnswerOption("3", "Nej"))
                : List.of();
        return new CodebookColumn(code, question, type, options, label, unit, chapter, direction, label, 2);
    }

    private static final Codebook CODEBOOK = new Codebook(
            List.of(column("kommun", "Kommun", ColumnType.KOMMUN, "", "", "", null),
                    column("q01", "Har kommunen en energiplan?", ColumnType.SINGLE, "", "5.1", "", null),
                    column("q02_sol", "Vilka åtgärder har genomförts?", ColumnType.MULTI, "Solceller", "5.2", "", null),
                    column("q02_vind", "Vilka åtgärder (vind)?", ColumnType.MULTI, "Vindkraft", "5.2", "", null),
                    column("q03", "Hur många anställda arbetar med energi?", ColumnType.NUMBER, "", "5.2.1", "st",
                            null),
                    column("q04", "Hur nöjd är kommunen?", ColumnType.SCALE, "", "5.20", "", null),
                    column("q05", "Övriga kommentarer", ColumnType.TEXT, "", "6", "", null), column("q06_el_minskning",
                            "Minskning av el", ColumnType.ENERGY, "El", "7", "kWh", EnergyDirection.DECREASE)));

    private static final List<ChoiceShare> CHOICES = List.of(new ChoiceShare("q01", STOR, "Ja", 2, 3),
            new ChoiceShare("q01", STOR, "Delvis", 1, 3), new ChoiceShare("q01", STOR, "Nej", 0, 3),
            new ChoiceShare("q01", SMA, "Ja", 1, 4), new ChoiceShare("q01", SMA, "Delvis", 3, 4),
            new ChoiceShare("q01", SMA, "Nej", 0, 4), new ChoiceShare("q01", ALL, "Ja", 3, 7),
            new ChoiceShare("q01", ALL, "Delvis", 4, 7), new ChoiceShare("q01", ALL, "Nej", 0, 7),
            new ChoiceShare("q02", ALL, "Solceller", 2, 7), new ChoiceShare("q02", ALL, "Vindkraft", 5, 7));

    private static final List<NumberSummary> NUMBERS = List.of(
            new NumberSummary("q03", STOR, 3, new BigDecimal("2"), new BigDecimal("2.5"), BigDecimal.ONE,
                    new BigDecimal("4")),
            new NumberSummary("q03", ALL, 6, new BigDecimal("3"), new BigDecimal("3.5"), BigDecimal.ONE,
                    new BigDecimal("8")));

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static final List<OpenAnswer> OPEN = List.of(new OpenAnswer("Ödeshög", "Vi har anställt en energistrateg."),
            new OpenAnswer("Älmhult", "Inget att tillägga."), new OpenAnswer("Zinkgruvan", "Gruvan stänger."),
            new OpenAnswer("Åmål", "Solceller på skolan."), new OpenAnswer("Alingsås", "Bra program."),
            new OpenAnswer("Ystad", "Mer stöd behövs."));

    private static MunicipalTarget target(String municipality, TargetCategory category, String text) {
        return new MunicipalTarget(municipality, category, text, null, "", null, null, "", "");
    }

    private static final List<MunicipalTarget> TARGETS = List.of(
            target("Örebro", TargetCategory.PERCENT, "Energianvändningen ska minska med 20 % till 2020."),
            target("Borås", TargetCategory.KWH, "Högst 150 kWh/m² år 2015."),
            target("Borås", TargetCategory.CO2, "Utsläppen ska halveras."),
            target("Borås", TargetCategory.PERCENT, "Elen ska minska med 10 %."),
            target("Borås", TargetCategory.OTHER, "Andelen förnybar energi ska vara 60 %."),
            target("Åmål", TargetCategory.PERCENT, "Värmen ska minska med 5 %."));

    private static final List<StrategyRow> STRATEGIES = List.of(
            new StrategyRow("Borås", "strategier/Borås.pdf", "pdf", "2010–2014"),
            new StrategyRow("Älmhult", "strategier/Älmhult.docx", "docx", null),
            new StrategyRow("Åmål", "strategier/Åmål.pdf", "pdf", "2009–2012"));

    static ReportFigures figures() {
        return new ReportFigures(META, REGISTRY, CODEBOOK, 7, CHOICES, NUMBERS, List.of(), Map.of("q02", 6),
                Map.of("q03", decimals("1", "2", "3", "3", "5", "8")),
                Map.of(ReportFigures.crossTabKey("q01", "q03"),
                        List.of(new CrossCount("Ja", new BigDecimal("3"), 2),
                                new CrossCount("Delvis", new BigDecimal("5"), 1)),
                        ReportFigures.crossTabKey("q99", "q03"), List.of(new CrossCount("Ja", BigDecimal.ONE, 1))),
                Map.of("q05", OPEN),
                Map.of("q05",
                        List.of(new OpenAnswer("Örebro", ""), new OpenAnswer("Borås", "Bra."),
                                new OpenAnswer("Älmhult", ""), new OpenAnswer("Åmål", "Solceller."))),
                List.of(), List.of(), List.of(), TARGETS, STRATEGIES, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private final ReportData data = new ReportData(figures());

    private static List<String> names(List<Municipality> list) {
        return list.stream().map(Municipality::name).toList();
    }

    // --- answer shares
    // ----------------------------------------------------------------------------

    @Test
    void sharesAreThoseOfTheClusterInOptionOrder() {
        // given shares of q01 per cluster
        // when a template asks for one cluster
        List<ChoiceShare> shares = data.shares("q01", SMA);

        // then it gets that cluster's rows in option order
        assertThat(shares).extracting(ChoiceShare::option).containsExactly("Ja", "Delvis", "Nej");
        assertThat(shares).extracting(ChoiceShare::count).containsExactly(1, 3, 0);
        assertThat(shares).extracting(ChoiceShare::cluster).containsOnly(SMA);
    }

    @Test
    void sharesOfAnUnknownQuestionOrClusterAreEmpty() {
        assertThat(data.shares("q99", ALL)).isEmpty();
        assertThat(data.shares("q01", "Glesbygd")).isEmpty();
    }

    @Test
    void oneShareIsFoundByItsLabelInAnyCase() {
        assertThat(data.share("q01", STOR, "delvis")).isEqualTo(new ChoiceShare("q01", STOR, "Delvis", 1, 3));
        assertThat(data.share("q01", STOR, "Vet ej")).isNull();
        assertThat(data.share("q99", STOR, "Ja")).isNull();
    }

    @Test
    void optionsAreTheLabelsAmongAllRespondentsInCodebookOrder() {
        assertThat(data.options("q01")).containsExactly("Ja", "Delvis", "Nej");
        assertThat(data.options("q02")).containsExactly("Solceller", "Vindkraft");
        assertThat(data.options("q99")).isEmpty();
    }

    @Test
    void rankedPutsTheMostCommonOptionFirst() {
        assertThat(data.ranked("q01")).extracting(ChoiceShare::option).containsExactly("Delvis", "Ja", "Nej");
        assertThat(data.ranked("q02")).extracting(ChoiceShare::option).containsExactly("Vindkraft", "Solceller");
    }

    @Test
    void rankedKeepsCodebookOrderAmongEqualCounts() {
        ReportFigures tied = withChoices(List.of(new ChoiceShare("q01", ALL, "Ja", 2, 6),
                new ChoiceShare("q01", ALL, "Delvis", 4, 6), new ChoiceShare("q01", ALL, "Nej", 2, 6)));

        assertThat(new ReportData(tied).ranked("q01")).extracting(ChoiceShare::option)
            .containsExactly("Delvis", "Ja", "Nej");
    }

    private static ReportFigures withChoices(List<ChoiceShare> choices) {
        ReportFigures f = figures();
        return new ReportFigures(f.meta(), f.registry(), f.codebook(), f.respondents(), choices, f.numbers(),
                f.energy(), f.respondentsWithAny(), f.numberValues(), f.crossTabs(), f.openAnswers(),
                f.openAnswersOfAll(), f.unitNotes(), f.corrections(), f.rejections(), f.targets(), f.strategies(),
                f.memberGrantFigures(), f.comparedShares(), f.comparedNumbers(), f.yearMappings(), f.grantSummaries());
    }

    @Test
    void anyTickedCountsRespondentsWithAtLeastOneOptionAndIsZeroWhenUnknown() {
        assertThat(data.anyTicked("q02")).isEqualTo(6);
        assertThat(data.anyTicked("q99")).isZero();
    }

    // --- numbers
    // ----------------------------------------------------------------------------------

    @Test
    void aNumberSummaryIsFoundByQuestionAndCluster() {
        assertThat(data.number("q03", ALL).n()).isEqualTo(6);
        assertThat(data.number("q03", STOR).median()).isEqualByComparingTo("2");
        assertThat(data.number("q03", SMA)).isNull();
        assertThat(data.number("q99", ALL)).isNull();
    }

    @Test
    void countAboveAndBelowAreStrict() {
        // given the values 1, 2, 3, 3, 5, 8
        assertThat(data.countAbove("q03", new BigDecimal("3"))).isEqualTo(2);
        assertThat(data.countBelow("q03", new BigDecimal("3"))).isEqualTo(2);
        assertThat(data.countAbove("q03", new BigDecimal("2.5"))).isEqualTo(4);
        assertThat(data.countBelow("q03", new BigDecimal("1"))).isZero();
        assertThat(data.countAbove("q03", new BigDecimal("3.00"))).isEqualTo(2);
    }

    @Test
    void countsOfAQuestionWithoutValuesAreZero() {
        assertThat(data.countAbove("q99", BigDecimal.ZERO)).isZero();
        assertThat(data.countBelow("q99", BigDecimal.TEN)).isZero();
    }

    @Test
    void aCrossTabIsLookedUpByTheKeyOfItsTwoQuestions() {
        assertThat(data.crossTab("q01", "q03")).containsExactly(new CrossCount("Ja", new BigDecimal("3"), 2),
                new CrossCount("Delvis", new BigDecimal("5"), 1));
        // the other direction is another key
        assertThat(data.crossTab("q03", "q01")).isEmpty();
    }

    @Test
    void aCrossTabOfAQuestionNotInTheCodebookIsEmptyEvenWhenFiguresHaveIt() {
        assertThat(data.crossTab("q99", "q03")).isEmpty();
    }

    // --- open answers
    // -------------------------------------------------------------------------------

    @Test
    void openAnswersAreInSwedishAlphabeticalOrder() {
        // Å, Ä, Ö come after Z, and Å before Ä (code points put Ä before Å)
        assertThat(data.openAnswers("q05")).extracting(OpenAnswer::municipality)
            .containsExactly("Alingsås", "Ystad", "Zinkgruvan", "Åmål", "Älmhult", "Ödeshög");
        assertThat(data.openAnswers("q05").get(3).text()).isEqualTo("Solceller på skolan.");
        assertThat(data.openAnswers("q99")).isEmpty();
    }

    @Test
    void openAnswersOfAllKeepEmptyAnswersInSwedishOrder() {
        assertThat(data.openAnswersOfAll("q05")).containsExactly(new OpenAnswer("Borås", "Bra."),
                new OpenAnswer("Åmål", "Solceller."), new OpenAnswer("Älmhult", ""), new OpenAnswer("Örebro", ""));
    }

    // --- municipalities
    // ---------------------------------------------------------------------------

    @Test
    void membersOfAClusterAreInSwedishOrder() {
        assertThat(names(data.members(SMA))).containsExactly("Alingsås", "Ystad", "Åmål", "Älmhult");
        assertThat(names(data.members(STOR))).containsExactly("Borås", "Helsingborg", "Lund", "Örebro");
        assertThat(data.members("Glesbygd")).isEmpty();
    }

    @Test
    void theMunicipalityListHasClustersInFileOrderAndNamesInSwedishOrder() {
        assertThat(data.clusters()).containsExactly(STOR, SMA);
        assertThat(names(data.municipalityList())).containsExactly("Borås", "Helsingborg", "Lund", "Örebro", "Alingsås",
                "Ystad", "Åmål", "Älmhult");
        assertThat(data.municipalities()).isEqualTo(8);
        assertThat(data.respondents()).isEqualTo(7);
    }

    @Test
    void pilotMunicipalitiesAreThoseOfThePilotCountyInSwedishOrder() {
        assertThat(names(data.pilotMunicipalities())).containsExactly("Helsingborg", "Ystad", "Åmål", "Älmhult");
    }

    @Test
    void thePilotClusterIsTheOneMostPilotMunicipalitiesBelongTo() {
        assertThat(data.pilotCluster()).isEqualTo(SMA);
    }

    @Test
    void withoutAPilotCountyThereIsNoPilotCluster() {
        ReportFigures f = figures();
        ReportFigures none = new ReportFigures(f.meta(),
                new MunicipalityRegistry(List.of(new Municipality("1490", "Borås", STOR, true, false, 2))),
                f.codebook(), f.respondents(), f.choices(), f.numbers(), f.energy(), f.respondentsWithAny(),
                f.numberValues(), f.crossTabs(), f.openAnswers(), f.openAnswersOfAll(), f.unitNotes(), f.corrections(),
                f.rejections(), f.targets(), f.strategies(), f.memberGrantFigures(), f.comparedShares(),
                f.comparedNumbers(), f.yearMappings(), f.grantSummaries());

        assertThat(new ReportData(none).pilotMunicipalities()).isEmpty();
        assertThat(new ReportData(none).pilotCluster()).isNull();
    }

    @Test
    void mentorsAreInSwedishOrder() {
        assertThat(names(data.mentors())).containsExactly("Borås", "Åmål");
    }

    // --- questions
    // --------------------------------------------------------------------------------

    @Test
    void aMultiQuestionIsKnownByItsCommonPrefixWithItsFirstColumnsText() {
        assertThat(data.has("q02")).isTrue();
        assertThat(data.has("q02_sol")).isFalse();
        assertThat(data.question("q02"))
            .isEqualTo(new ReportData.Question("q02", "Vilka åtgärder har genomförts?", "multi", "5.2", ""));
        assertThat(data.question("q03").unit()).isEqualTo("st");
        assertThat(data.question("q99")).isNull();
    }

    @Test
    void questionsInASectionTakeItsSubsectionsButNotALongerNumber() {
        // "5.2" takes 5.2 and 5.2.1, not 5.20
        assertThat(data.questionsIn("5.2", "single,multi,scale,number")).extracting(ReportData.Question::code)
            .containsExactly("q02", "q03");
        assertThat(data.questionsIn("5", "single,scale")).extracting(ReportData.Question::code)
            .containsExactly("q01", "q04");
        assertThat(data.firstQuestionOfType("5.2", "number")).isEqualTo("q03");
        assertThat(data.firstQuestionOfType("5.2", "text")).isNull();
    }

    // --- targets
    // ----------------------------------------------------------------------------------

    @Test
    void targetRowsGroupEachMunicipalitysTargetsByCategoryInSwedishOrder() {
        List<ReportData.TargetRow> rows = data.targetRows();

        // municipalities with targets or a strategy, Swedish order
        assertThat(rows).extracting(ReportData.TargetRow::municipality)
            .containsExactly("Borås", "Åmål", "Älmhult", "Örebro");
        ReportData.TargetRow boras = rows.get(0);
        assertThat(boras.kwh()).containsExactly("Högst 150 kWh/m² år 2015.");
        assertThat(boras.percent()).containsExactly("Elen ska minska med 10 %.");
        assertThat(boras.co2()).containsExactly("Utsläppen ska halveras.");
        assertThat(boras.other()).containsExactly("Andelen förnybar energi ska vara 60 %.");
        assertThat(boras.validity()).isEqualTo("2010–2014");
    }

    @Test
    void aStrategyWithoutTargetsGivesAnEmptyRowAndATargetWithoutStrategyNoValidity() {
        List<ReportData.TargetRow> rows = data.targetRows();

        assertThat(rows.get(2))
            .isEqualTo(new ReportData.TargetRow("Älmhult", List.of(), List.of(), List.of(), List.of(), ""));
        assertThat(rows.get(3).percent()).containsExactly("Energianvändningen ska minska med 20 % till 2020.");
        assertThat(rows.get(3).validity()).isEmpty();
        assertThat(data.targetCount()).isEqualTo(6);
        assertThat(data.strategyCount()).isEqualTo(3);
    }

    // --- what a template reads
    // ----------------------------------------------------------------------

    @Test
    void nothingIsRecordedBeforeRecordingStarts() {
        data.shares("q01", ALL);

        assertThat(data.stopRecording()).isNull();
    }

    @Test
    void aSurveyQuestionReadRecordsItsAnswersCorrectionsAndMunicipalities() {
        // given recording has started
        data.startRecording();

        // when a template reads shares and a number of two questions
        data.ranked("q01");
        data.countAbove("q03", BigDecimal.ONE);
        ReportData.Usage u = data.stopRecording();

        // then both questions and the inputs behind them are recorded, sorted
        assertThat(u.questions()).containsExactly("q01", "q03");
        assertThat(u.inputs()).containsExactly("enkat/", "kommuner.csv", "rattelser.csv");
    }

    @Test
    void eachAccessorRecordsTheInputsItReads() {
        data.startRecording();
        data.meta();
        data.mentors();
        ReportData.Usage u = data.stopRecording();
        assertThat(u.inputs()).containsExactly("kommuner.csv", "report.properties");
        assertThat(u.questions()).isEmpty();

        data.startRecording();
        data.targetRows();
        assertThat(data.stopRecording().inputs()).containsExactly("rattelser.csv", "strategier/");

        data.startRecording();
        data.rejections();
        assertThat(data.stopRecording().inputs()).containsExactly("ees/", "enkat/", "strategier/");
    }

    @Test
    void aCrossTabRecordsBothQuestionsAndEnergyRecordsEveryEnergyColumn() {
        data.startRecording();
        data.crossTab("q01", "q03");
        assertThat(data.stopRecording().questions()).containsExactly("q01", "q03");

        data.startRecording();
        data.energy();
        assertThat(data.stopRecording().questions()).containsExactly("q06_el_minskning");
    }

    @Test
    void stoppingEndsTheRecordingAndEachStartBeginsAfresh() {
        data.startRecording();
        data.shares("q01", ALL);
        ReportData.Usage first = data.stopRecording();

        data.openAnswers("q05");
        assertThat(data.stopRecording()).isNull();

        data.startRecording();
        data.openAnswers("q05");
        ReportData.Usage second = data.stopRecording();

        assertThat(first.questions()).containsExactly("q01");
        assertThat(second.questions()).containsExactly("q05");
    }

    @Test
    void formatsWriteSwedishNumbers() {
        assertThat(data.fmt().num(new BigDecimal("16766.74"), 1)).isEqualTo("16\u00a0766,7");
        assertThat(data.fmt().pct(data.share("q01", ALL, "Delvis").percent())).isEqualTo("57\u00a0%");
    }

}
