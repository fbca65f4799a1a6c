package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    @Test
    void splitsAtSentenceEnds() {
        assertThat(SentenceSplitter.split("Elen ska minska. Värmen ska minska! Varför? 2020 ska allt vara klart."))
            .containsExactly("Elen ska minska.", "Värmen ska minska!", "Varför?", "2020 ska allt vara klart.");
    }

    @Test
    void keepsAbbreviationsDecimalsAndUnits() {
        String s = "Bl.a. ska t.ex. skolor nå 80 kWh/m2. Ca. 2,2 ton ska sparas t.o.m. 2014 enl. plan nr. 3 m.m. i kommunen.";
        assertThat(SentenceSplitter.split(s)).containsExactly("Bl.a. ska t.ex. skolor nå 80 kWh/m2.",
                "Ca. 2,2 ton ska sparas t.o.m. 2014 enl. plan nr. 3 m.m. i kommunen.");
    }

    @Test
    void mmBeforeACapitalEndsTheSentence() {
        assertThat(SentenceSplitter.split("Vi satsar på sol, vind m.m. Elen ska minska."))
            .containsExactly("Vi satsar på sol, vind m.m.", "Elen ska minska.");
    }

    @Test
    void normalisesWhitespace() {
        assertThat(SentenceSplitter.split("Elen\u00a0ska  minska\n med 5 %."))
            .containsExactly("Elen ska minska med 5 %.");
    }

}
