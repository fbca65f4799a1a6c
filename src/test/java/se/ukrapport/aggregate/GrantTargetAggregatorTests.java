package se.ukrapport.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.domain.grants.UnitKind;
import se.ukrapport.domain.grants.GrantMembership;
import se.ukrapport.domain.grants.GrantMembershipTests;
import se.ukrapport.domain.grants.GrantTargetSummary;

class GrantTargetAggregatorTests {

    private static GrantRow row(int year, String keyFigure, String code, String organisation, String type,
            String target2014, String target2020) {
        return new GrantRow("ees/ees-" + year + ".xlsx", 2, "", code, organisation, type, year, keyFigure, "MWh",
                UnitKind.ABSOLUTE, BigDecimal.ONE, BigDecimal.ONE, null, null,
                target2014 == null ? null : new BigDecimal(target2014),
                target2020 == null ? null : new BigDecimal(target2020));
    }

    private static GrantTargetSummary find(List<GrantTargetSummary> all, int year, String keyFigure, String group) {
        return all.stream()
            .filter(s -> s.year() == year && s.keyFigure().equals(keyFigure) && s.group().equals(group))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void meansAreOverTheRowsStatingEachTargetAndCountIsRowsWithAnyTarget() {
        GrantTargetAggregator agg = new GrantTargetAggregator(GrantMembershipTests.REGISTRY);
        String total = "Total energianvändning";
        // Programme members: Borås and Lund (Storstad), Mönsterås (Kalmar).
        agg.accept(row(2010, total, "1490", "Borås Stad", "Kommun", "10", "20"));
        agg.accept(row(2010, total, "", "Lunds kommun", "Kommun", "0", null)); // a stated
                                                                               // 0 counts
        agg.accept(row(2010, total, "", "Mönsterås kommun", "Kommun", null, "25"));
        agg.accept(row(2010, total, "", "Eskilstuna kommun", "Kommun", null, null)); // no
                                                                                     // target:
                                                                                     // not
                                                                                     // counted
        // Others.
        agg.accept(row(2010, total, "0180", "Stockholms stad", "Kommun", "5", "15"));
        agg.accept(row(2010, total, "", "Hofors kommun", "Kommun", "7.5", null));
        // County council, although its name matches a member.
        agg.accept(row(2010, total, "", "Lunds kommun", "Landsting", "3", "30"));

        List<GrantTargetSummary> all = agg.summaries();

        GrantTargetSummary programme = find(all, 2010, total, GrantMembership.PROGRAMME);
        assertThat(programme.count()).isEqualTo(3);
        assertThat(programme.mean2014()).isEqualByComparingTo("5"); // (10 + 0) / 2
        assertThat(programme.mean2020()).isEqualByComparingTo("22.5"); // (20 + 25) / 2

        GrantTargetSummary storstad = find(all, 2010, total, "Storstad");
        assertThat(storstad.count()).isEqualTo(2);
        assertThat(storstad.mean2014()).isEqualByComparingTo("5");
        assertThat(storstad.mean2020()).isEqualByComparingTo("20");

        GrantTargetSummary kalmar = find(all, 2010, total, "Kalmar");
        assertThat(kalmar.count()).isEqualTo(1);
        assertThat(kalmar.mean2014()).isNull();
        assertThat(kalmar.mean2020()).isEqualByComparingTo("25");

        GrantTargetSummary others = find(all, 2010, total, GrantMembership.OTHERS);
        assertThat(others.count()).isEqualTo(2);
        assertThat(others.mean2014()).isEqualByComparingTo("6.25");
        assertThat(others.mean2020()).isEqualByComparingTo("15");

        GrantTargetSummary county = find(all, 2010, total, GrantMembership.COUNTY_COUNCILS);
        assertThat(county.count()).isEqualTo(1);
        assertThat(county.mean2014()).isEqualByComparingTo("3");

        GrantTargetSummary mälardalen = find(all, 2010, total, "Mälardalen");
        assertThat(mälardalen.count()).isZero();
        assertThat(mälardalen.mean2014()).isNull();
        assertThat(mälardalen.mean2020()).isNull();
    }

    @Test
    void meansAreKeptUnroundedForTheWriter() {
        GrantTargetAggregator agg = new GrantTargetAggregator(GrantMembershipTests.REGISTRY);
        agg.accept(row(2010, "K", "", "A kommun", "Kommun", "1", null));
        agg.accept(row(2010, "K", "", "B kommun", "Kommun", "1", null));
        agg.accept(row(2010, "K", "", "C kommun", "Kommun", "2", null));

        BigDecimal mean = find(agg.summaries(), 2010, "K", GrantMembership.OTHERS).mean2014();
        assertThat(mean.subtract(new BigDecimal("1.3333333333")).abs()).isLessThan(new BigDecimal("1e-9"));
    }

    @Test
    void rowsAreOrderedByYearThenKeyFigureByFirstAppearanceThenGroup() {
        GrantTargetAggregator agg = new GrantTargetAggregator(GrantMembershipTests.REGISTRY);
        agg.accept(row(2011, "Energianvändning lokaler", "", "A kommun", "Kommun", "1", null));
        agg.accept(row(2010, "Total energianvändning", "", "A kommun", "Kommun", null, null));
        agg.accept(row(2010, "energianvändning  LOKALER", "", "A kommun", "Kommun", "2", null));

        List<GrantTargetSummary> all = agg.summaries();

        List<String> groups = List.of(GrantMembership.PROGRAMME, GrantMembership.OTHERS,
                GrantMembership.COUNTY_COUNCILS, "Storstad", "Kalmar", "Mälardalen", "Västra Götaland");
        assertThat(agg.groups()).isEqualTo(groups);
        assertThat(all).hasSize(2 * 2 * groups.size());
        assertThat(all.subList(0, groups.size())).extracting(GrantTargetSummary::group).isEqualTo(groups);
        assertThat(all).extracting(s -> s.year() + "/" + s.keyFigure())
            .containsSubsequence("2010/Energianvändning lokaler", "2010/Total energianvändning",
                    "2011/Energianvändning lokaler", "2011/Total energianvändning");
        assertThat(find(all, 2010, "Energianvändning lokaler", GrantMembership.OTHERS).count()).isEqualTo(1);
        assertThat(find(all, 2010, "Total energianvändning", GrantMembership.OTHERS).count()).isZero();
    }

}
