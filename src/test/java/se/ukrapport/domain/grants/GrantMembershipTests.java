package se.ukrapport.domain.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;

public class GrantMembershipTests {

    public static final MunicipalityRegistry REGISTRY = new MunicipalityRegistry(
            List.of(new Municipality("1490", "Borås", "Storstad", true, false, 2),
                    new Municipality("1281", "Lund", "Storstad", false, false, 3),
                    new Municipality("1980", "Västerås", "Storstad", false, false, 4),
                    new Municipality("0861", "Mönsterås", "Kalmar", false, false, 5),
                    new Municipality("0484", "Eskilstuna", "Mälardalen", false, false, 6),
                    new Municipality("", "Lilla Edet", "Västra Götaland", false, false, 7)));

    private final GrantMembership membership = new GrantMembership(REGISTRY);

    public static GrantRow row(String code, String organisation, String type) {
        return new GrantRow("ees/ees-2010.xlsx", 2, "", code, organisation, type, 2010, "Total energianvändning", "MWh",
                UnitKind.ABSOLUTE, BigDecimal.ONE, BigDecimal.ONE, null, null, null, null);
    }

    private String member(String organisation) {
        GrantMembership.Placement p = membership.place(row("", organisation, "Kommun"));
        return p.municipality() == null ? p.group() : p.municipality().name();
    }

    @Test
    void genitiveSAndTrailingKommunOrStadAreIgnored() {
        assertThat(member("Lunds kommun")).isEqualTo("Lund");
        assertThat(member("Västerås stad")).isEqualTo("Västerås");
        assertThat(member("Eskilstuna kommun")).isEqualTo("Eskilstuna");
        assertThat(member("LILLA EDETS KOMMUN")).isEqualTo("Lilla Edet");
    }

    @Test
    void namesEndingInSMatchThemselvesBeforeTheGenitiveIsTried() {
        assertThat(member("Borås Stad")).isEqualTo("Borås");
        assertThat(member("Mönsterås kommun")).isEqualTo("Mönsterås");
        assertThat(member("Borås")).isEqualTo("Borås");
    }

    @Test
    void organisationsNotInKommunerCsvAreOtherMunicipalities() {
        assertThat(member("Hofors kommun")).isEqualTo(GrantMembership.OTHERS);
        assertThat(member("Stockholms stad")).isEqualTo(GrantMembership.OTHERS);
        assertThat(member("")).isEqualTo(GrantMembership.OTHERS);
    }

    @Test
    void countyCouncilsAreLandstingWhateverTheirName() {
        GrantMembership.Placement p = membership.place(row("", "Lunds kommun", "Landsting"));
        assertThat(p.group()).isEqualTo(GrantMembership.COUNTY_COUNCILS);
        assertThat(p.cluster()).isNull();
        assertThat(membership.place(row("", "Landstinget i Kalmar län", "landsting ")).group())
            .isEqualTo(GrantMembership.COUNTY_COUNCILS);
    }

    @Test
    void codeDecidesWhenTheRowHasOne() {
        GrantMembership.Placement byCode = membership.place(row("0484", "Torshälla stads förvaltning", "Kommun"));
        assertThat(byCode.group()).isEqualTo(GrantMembership.PROGRAMME);
        assertThat(byCode.cluster()).isEqualTo("Mälardalen");
        // A code outside the programme is not overruled by a similar name.
        assertThat(membership.place(row("0180", "Lunds kommun", "Kommun")).group()).isEqualTo(GrantMembership.OTHERS);
        // ...unless kommuner.csv has no code for that member: then only the name can find
        // it.
        assertThat(membership.place(row("1462", "Lilla Edets kommun", "Kommun")).group())
            .isEqualTo(GrantMembership.PROGRAMME);
    }

}
