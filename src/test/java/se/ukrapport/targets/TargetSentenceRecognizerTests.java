package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ukrapport.targets.TargetSentenceRecognizer.Placement.LISTED_OTHER;
import static se.ukrapport.targets.TargetSentenceRecognizer.Placement.LISTED_TARGET;
import static se.ukrapport.targets.TargetSentenceRecognizer.Placement.PROSE;
import static se.ukrapport.targets.TargetSentenceRecognizer.Placement.PROSE_IN_TARGET_SECTION;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetSentenceRecognizerTests {

    @ParameterizedTest
    @ValueSource(strings = { "Elanvändningen i skolorna ska minska med 10 % till 2016.",
            "Senast 2013 skall alla oljepannor vara utbytta.",
            "Målet är att utsläppen från trafiken minskar med en fjärdedel.",
            "Vi vill att halva fordonsparken drivs med biogas år 2018.",
            "Värmeanvändningen bör sänkas med 5 % per år." })
    void modalWithMeasurableObjectIsATarget(String s) {
        assertThat(TargetSentenceRecognizer.isTarget(s, PROSE_IN_TARGET_SECTION)).isTrue();
        assertThat(TargetSentenceRecognizer.isTarget(s, PROSE)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "År 2006 förbrukade kommunens skolor 14 GWh el.",
            "Kommunen hade 2009 omkring 40 000 invånare.",
            "Riksdagen har beslutat att utsläppen ska minska med 40 % till 2020.",
            "Enligt EU:s mål ska andelen förnybar energi vara 20 %.", "Målen ska följas upp varje år av miljönämnden.",
            "Strategin ska revideras 2014.", "Befolkningen ska öka till 50 000 år 2025.",
            "Varje nämnd ansvarar för att energin minskar.", "Kommunen ska samarbeta med andra aktörer." })
    void factsContextAndFollowUpAreNotTargets(String s) {
        assertThat(TargetSentenceRecognizer.isTarget(s, PROSE_IN_TARGET_SECTION)).isFalse();
    }

    @Test
    void listItemUnderTargetHeadingNeedsNoModal() {
        assertThat(TargetSentenceRecognizer.isTarget("Minska elanvändningen i förskolorna med 15 % till 2017",
                LISTED_TARGET))
            .isTrue();
        assertThat(TargetSentenceRecognizer.isTarget("Minska elanvändningen i förskolorna med 15 % till 2017",
                LISTED_OTHER))
            .isFalse();
    }

    @Test
    void historyInAListIsNotATarget() {
        assertThat(TargetSentenceRecognizer.isTarget("Elanvändningen minskade med 4 % mellan 2005 och 2008",
                LISTED_TARGET))
            .isFalse();
    }

    @Test
    void proseOutsideTargetSectionNeedsANumberOrChange() {
        assertThat(TargetSentenceRecognizer.isTarget("Kommunen ska informera om energi.", PROSE)).isFalse();
    }

}
