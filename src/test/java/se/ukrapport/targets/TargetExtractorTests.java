package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.ukrapport.domain.targets.StrategyText;
import se.ukrapport.domain.targets.TextBlock;
import se.ukrapport.domain.targets.TextBlock.Kind;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.TargetCategory;

class TargetExtractorTests {

    @Test
    void extractsTargetsOfTheTargetSectionWithValidity() {
        StrategyText text = new StrategyText("Testby.txt", List.of(new TextBlock(Kind.HEADING, "Bakgrund"),
                new TextBlock(Kind.PARAGRAPH, "Planen gäller 2012–2016. År 2008 förbrukade skolorna 9 GWh."),
                new TextBlock(Kind.HEADING, "Våra mål"),
                new TextBlock(Kind.PARAGRAPH,
                        "Fullmäktige har antagit dessa mål. Elen i kommunens skolor ska minska med 10 % till 2016 jämfört med 2010."),
                new TextBlock(Kind.LIST_ITEM, "Halvera utsläppen från trafiken i kommunen till 2020"),
                new TextBlock(Kind.HEADING, "Uppföljning"),
                new TextBlock(Kind.LIST_ITEM, "Nämnderna rapporterar varje år")));
        StrategyTargets result = new TargetExtractor().extract("Testby", text);
        assertThat(result.validity()).isEqualTo("2012-2016");
        assertThat(result.targets()).hasSize(2);
        MunicipalTarget first = result.targets().get(0);
        assertThat(first.category()).isEqualTo(TargetCategory.PERCENT);
        assertThat(first.sharePercent()).isEqualByComparingTo("10");
        assertThat(first.baseYear()).isEqualTo(2010);
        assertThat(first.targetYear()).isEqualTo(2016);
        assertThat(first.scope()).isEqualTo("egen verksamhet");
        assertThat(first.validity()).isEqualTo("2012-2016");
        MunicipalTarget second = result.targets().get(1);
        assertThat(second.category()).isEqualTo(TargetCategory.CO2);
        assertThat(second.sharePercent()).isEqualByComparingTo("50");
        assertThat(second.direction()).isEqualTo("minska");
        assertThat(second.baseYear()).isEqualTo(1990);
        assertThat(second.scope()).isEqualTo("geografiskt område");
    }

}
