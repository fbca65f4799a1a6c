package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.ukrapport.domain.targets.FollowUp;
import se.ukrapport.domain.targets.FollowUp.Status;
import se.ukrapport.domain.targets.GrantMeasure;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.TargetCategory;

class TargetFollowUpTests {

    private static final String NBSP = "\u00a0";

    private final TargetFollowUp followUp = new TargetFollowUp();

    private static MunicipalTarget target(String text, String share, String direction, Integer baseYear,
            Integer targetYear, String scope) {
        return new MunicipalTarget("Borås", TargetCategory.PERCENT, text, share == null ? null : new BigDecimal(share),
                direction, baseYear, targetYear, scope, "2010–2014");
    }

    /** "Energianvändningen ska minska med 20 % 2009–2014", the own organisation's. */
    private static MunicipalTarget twentyPercent(Integer baseYear, Integer targetYear) {
        return target("Energianvändningen ska minska med 20 % till " + targetYear + ".", "20", MunicipalTarget.DECREASE,
                baseYear, targetYear, MunicipalTarget.OWN_ORGANISATION);
    }

    private static GrantMeasure total(int year, String value, Integer baseYear, String baseValue) {
        return measure("Total energianvändning", year, value, baseYear, baseValue);
    }

    private static GrantMeasure measure(String keyFigure, int year, String value, Integer baseYear, String baseValue) {
        return new GrantMeasure(keyFigure, year, value == null ? null : new BigDecimal(value), baseYear,
                baseValue == null ? null : new BigDecimal(baseValue));
    }

    private static void assertNotAssessable(FollowUp f, String why) {
        assertThat(f.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(f.statusLabel()).isEqualTo("kan inte bedömas");
        assertThat(f.assessable()).isFalse();
        assertThat(f.onTrack() || f.offTrack()).isFalse();
        assertThat(f.basis()).isEqualTo(why);
        assertThat(f.keyFigure()).isNull();
        assertThat(f.achieved()).isNull();
        assertThat(f.required()).isNull();
    }

    // --- what can be assessed
    // ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|',
            value = { "CO2|EES-rapporteringen omfattar inte utsläpp",
                    "OTHER|målet gäller energins slag eller tillförsel, inte hur mycket som används",
                    "KWH|målet anger en nivå i energienheter, inte en förändring i procent" })
    void onlyPercentTargetsCanBeAssessed(TargetCategory category, String why) {
        // given a target of another category, even with every field and a matching
        // measure
        MunicipalTarget t = new MunicipalTarget("Borås", category, "Energianvändningen ska minska med 20 %.",
                new BigDecimal("20"), MunicipalTarget.DECREASE, 2009, 2014, MunicipalTarget.OWN_ORGANISATION, "");

        // then it cannot be assessed, and the reason says why
        assertNotAssessable(followUp.assess(t, List.of(total(2012, "85", 2009, "100"))), why);
    }

    @Test
    void aPercentTargetWithoutAPercentageCannotBeAssessed() {
        MunicipalTarget t = target("Energianvändningen ska minska.", null, MunicipalTarget.DECREASE, 2009, 2014, "");

        assertNotAssessable(followUp.assess(t, List.of(total(2012, "85", 2009, "100"))),
                "målet anger ingen procentsats");
    }

    @Test
    void onlyAReductionCanBeAssessed() {
        MunicipalTarget up = target("Andelen ska öka med 20 %.", "20", MunicipalTarget.INCREASE, 2009, 2014, "");
        MunicipalTarget none = target("Energin ska förändras med 20 %.", "20", "", 2009, 2014, "");

        assertNotAssessable(followUp.assess(up, List.of(total(2012, "85", 2009, "100"))),
                "målet anger ingen minskning");
        assertNotAssessable(followUp.assess(none, List.of(total(2012, "85", 2009, "100"))),
                "målet anger ingen minskning");
    }

    @Test
    void aTargetWithoutATargetYearCannotBeAssessed() {
        assertNotAssessable(followUp.assess(twentyPercent(2009, null), List.of(total(2012, "85", 2009, "100"))),
                "målet anger inget målår");
    }

    @Test
    void aTargetForTheGeographicAreaCannotBeAssessed() {
        MunicipalTarget t = target("Energianvändningen i kommunen ska minska med 20 %.", "20", MunicipalTarget.DECREASE,
                2009, 2014, MunicipalTarget.GEOGRAPHIC_AREA);

        assertNotAssessable(followUp.assess(t, List.of(total(2012, "85", 2009, "100"))),
                "målet gäller kommunen som geografiskt område; EES avser den egna verksamheten");
    }

    @Test
    void anUnstatedScopeIsTakenAsTheOwnOrganisation() {
        MunicipalTarget t = target("Energianvändningen ska minska med 20 %.", "20", MunicipalTarget.DECREASE, 2009,
                2014, "");

        assertThat(followUp.assess(t, List.of(total(2012, "85", 2009, "100"))).status()).isEqualTo(Status.ON_TRACK);
    }

    // --- which key figure
    // -------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = { "Energianvändningen i kommunens lokaler ska minska med 10 %.|lokal",
            "Fastigheternas energianvändning ska minska med 10 %.|lokal", "Energin i byggnader ska minska.|lokal",
            "Energin för transporter ska minska med 10 %.|transport", "Fordonens bränsle ska minska.|transport",
            "Tjänsteresorna ska minska med 10 %.|transport", "Energianvändningen ska minska med 20 %.|total",
            // premises are tried before transport
            "Energin i lokaler och fordon ska minska.|lokal" })
    void theTargetsWordingPicksTheKeyFigure(String text, String keyFigure) {
        assertThat(TargetFollowUp.keyFigureFor(text)).isEqualTo(keyFigure);
    }

    @Test
    void withoutAMatchingMeasureTheReasonNamesTheKeyFigureLookedFor() {
        MunicipalTarget premises = target("Energianvändningen i lokaler ska minska med 10 %.", "10",
                MunicipalTarget.DECREASE, 2009, 2014, "");
        MunicipalTarget transport = target("Energin för transporter ska minska med 10 %.", "10",
                MunicipalTarget.DECREASE, 2009, 2014, "");
        List<GrantMeasure> onlyTotal = List.of(total(2012, "85", 2009, "100"));

        assertNotAssessable(followUp.assess(premises, onlyTotal),
                "kommunen har ingen EES-rapportering med basårsvärde för energianvändning i lokaler");
        assertNotAssessable(followUp.assess(transport, onlyTotal),
                "kommunen har ingen EES-rapportering med basårsvärde för energianvändning för transporter");
        assertNotAssessable(followUp.assess(twentyPercent(2009, 2014), List.of()),
                "kommunen har ingen EES-rapportering med basårsvärde för total energianvändning");
    }

    @Test
    void aMeasureWithoutAUsableBaseYearValueIsNoMeasure() {
        List<GrantMeasure> unusable = List.of(total(2012, "85", 2009, null), total(2012, "85", null, "100"),
                total(2012, null, 2009, "100"), total(2012, "85", 2009, "0"));

        assertNotAssessable(followUp.assess(twentyPercent(2009, 2014), unusable),
                "kommunen har ingen EES-rapportering med basårsvärde för total energianvändning");
    }

    @Test
    void theLatestReportingYearIsUsedAndTheKeyFigureMatchedInAnyCase() {
        List<GrantMeasure> measures = List.of(measure("TOTAL ENERGIANVÄNDNING", 2011, "95", 2009, "100"),
                measure("Total energianvändning", 2012, "85", 2009, "100"),
                measure("Total energianvändning", 2010, "99", 2009, "100"),
                measure("Energianvändning i lokaler", 2013, "50", 2009, "100"));

        FollowUp f = followUp.assess(twentyPercent(2009, 2014), measures);

        assertThat(f.keyFigure()).isEqualTo("Total energianvändning");
        assertThat(f.achieved()).isEqualByComparingTo("15");
    }

    // --- the assessment
    // ---------------------------------------------------------------------------

    @Test
    void aReductionAtLeastTheStraightPathIsOnTrack() {
        // given −20 % 2009–2014, and the grant reporting 100 → 85 MWh 2009–2012
        FollowUp f = followUp.assess(twentyPercent(2009, 2014), List.of(total(2012, "85", 2009, "100")));

        // then 15 % achieved against 20 × 3/5 = 12 % required: on track
        assertThat(f.status()).isEqualTo(Status.ON_TRACK);
        assertThat(f.statusLabel()).isEqualTo("i fas");
        assertThat(f.onTrack() && f.assessable() && !f.offTrack()).isTrue();
        assertThat(f.keyFigure()).isEqualTo("Total energianvändning");
        assertThat(f.achieved()).isEqualByComparingTo("15");
        assertThat(f.required()).isEqualByComparingTo("12");
        assertThat(f.basis()).isEqualTo("Total energianvändning: minskning 15,0" + NBSP + "% 2009–2012; en rak väg"
                + " mot −20" + NBSP + "% 2009–2014 kräver 12,0" + NBSP + "% under 2009–2012");
        assertThat(f.target()).isEqualTo(twentyPercent(2009, 2014));
    }

    @Test
    void aReductionShortOfTheStraightPathIsOffTrack() {
        FollowUp f = followUp.assess(twentyPercent(2009, 2014), List.of(total(2012, "95", 2009, "100")));

        assertThat(f.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(f.statusLabel()).isEqualTo("inte i fas");
        assertThat(f.offTrack() && f.assessable() && !f.onTrack()).isTrue();
        assertThat(f.achieved()).isEqualByComparingTo("5");
        assertThat(f.basis()).startsWith("Total energianvändning: minskning 5,0" + NBSP + "% 2009–2012;");
    }

    @Test
    void anIncreaseIsOffTrackAndToldAsAnIncrease() {
        FollowUp f = followUp.assess(twentyPercent(2009, 2014), List.of(total(2012, "110", 2009, "100")));

        assertThat(f.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(f.achieved()).isEqualByComparingTo("-10");
        assertThat(f.basis()).startsWith("Total energianvändning: ökning 10,0" + NBSP + "% 2009–2012;");
    }

    @Test
    void achievedAndRequiredAreComparedRoundedToOneDecimal() {
        // 11.96 % achieved rounds to 12.0, as does the 12 % required: on track
        FollowUp f = followUp.assess(twentyPercent(2009, 2014), List.of(total(2012, "88.04", 2009, "100")));

        assertThat(f.achieved()).isEqualByComparingTo("11.96");
        assertThat(f.status()).isEqualTo(Status.ON_TRACK);
        // 11.94 % rounds to 11.9: off track
        assertThat(followUp.assess(twentyPercent(2009, 2014), List.of(total(2012, "88.06", 2009, "100"))).status())
            .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aTargetWithoutABaseYearStartsAtTheGrantReportingsBaseYear() {
        FollowUp f = followUp.assess(twentyPercent(null, 2019), List.of(total(2012, "85", 2009, "100")));

        // 20 × 3/10 = 6 % required over 2009–2012
        assertThat(f.required()).isEqualByComparingTo("6");
        assertThat(f.basis())
            .endsWith("en rak väg mot −20" + NBSP + "% 2009–2019 kräver 6,0" + NBSP + "% under 2009–2012");
    }

    @Test
    void onlyTheOverlapOfTheTargetPeriodAndTheGrantWindowIsRequired() {
        // the target runs 2005–2015; the grant reporting covers 2009–2012: 20 × 3/10 = 6
        // %
        FollowUp early = followUp.assess(twentyPercent(2005, 2015), List.of(total(2012, "90", 2009, "100")));
        assertThat(early.required()).isEqualByComparingTo("6");
        assertThat(early.status()).isEqualTo(Status.ON_TRACK);

        // the target runs 2011–2021; overlap 2011–2012: 20 × 1/10 = 2 %
        FollowUp late = followUp.assess(twentyPercent(2011, 2021), List.of(total(2012, "99", 2009, "100")));
        assertThat(late.required()).isEqualByComparingTo("2");
        assertThat(late.basis()).endsWith("kräver 2,0" + NBSP + "% under 2011–2012");

        // the grant reporting goes past the target year: the whole reduction is required
        FollowUp past = followUp.assess(twentyPercent(2009, 2011), List.of(total(2013, "85", 2009, "100")));
        assertThat(past.required()).isEqualByComparingTo("20");
        assertThat(past.basis()).endsWith("kräver 20,0" + NBSP + "% under 2009–2011");
    }

    @Test
    void aGrantWindowOutsideTheTargetPeriodCannotBeAssessed() {
        assertNotAssessable(followUp.assess(twentyPercent(2000, 2008), List.of(total(2012, "85", 2009, "100"))),
                "EES-rapporteringen (2009–2012) täcker inte någon del av målets period 2000–2008");
        assertNotAssessable(followUp.assess(twentyPercent(2013, 2020), List.of(total(2012, "85", 2009, "100"))),
                "EES-rapporteringen (2009–2012) täcker inte någon del av målets period 2013–2020");
    }

    @Test
    void aTargetYearNotAfterItsBaseYearCannotBeAssessed() {
        assertNotAssessable(followUp.assess(twentyPercent(2012, 2010), List.of(total(2012, "85", 2009, "100"))),
                "EES-rapporteringen (2009–2012) täcker inte någon del av målets period 2012–2010");
    }

    @Test
    void aWordMerelyContainingATransportCueDoesNotMakeATransportTarget() {
        MunicipalTarget t = target("Energianvändningen ska minska med 20 % till 2014 (se bilaga 2).", "20",
                MunicipalTarget.DECREASE, 2009, 2014, MunicipalTarget.OWN_ORGANISATION);

        assertThat(TargetFollowUp.keyFigureFor(t.text())).isEqualTo("total");
        assertThat(TargetFollowUp.keyFigureFor("Energianvändningen ska minska och sedan hållas stabil."))
            .isEqualTo("total");
        assertThat(followUp.assess(t, List.of(total(2012, "85", 2009, "100"))).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void compoundsOfTheCuesStillChooseTheirKeyFigure() {
        assertThat(TargetFollowUp.keyFigureFor("Kommunens personbilar ska drivas med förnybart 2015."))
            .isEqualTo("transport");
        assertThat(TargetFollowUp.keyFigureFor("Tjänstebilarna ska minska sina utsläpp.")).isEqualTo("transport");
        assertThat(TargetFollowUp.keyFigureFor("Energin i kommunens verksamhetslokaler ska minska."))
            .isEqualTo("lokal");
        assertThat(TargetFollowUp.keyFigureFor("Den lokala energiproduktionen ska öka.")).isEqualTo("total");
    }

}
