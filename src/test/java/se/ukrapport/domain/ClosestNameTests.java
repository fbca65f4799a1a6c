package se.ukrapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClosestNameTests {

    @Test
    void aTypoInACodeSuggestsTheCode() {
        assertThat(ClosestName.suggestion("q36_energi_etanol_minsknig",
                List.of("q36_energi_etanol_minskning", "q36_energi_etanol_okning"), String::strip))
            .isEqualTo("; menade du q36_energi_etanol_minskning?");
    }

    @Test
    void twoCandidatesEquallyCloseAreNoClearCandidate() {
        // q05 is one edit from both q04 and q06: which one was meant cannot be told
        assertThat(ClosestName.suggestion("q05", List.of("q04", "q06"), String::strip)).isEmpty();
    }

    @Test
    void theNameItselfNeedsNoSuggestion() {
        assertThat(ClosestName.suggestion("Lerum", List.of("Lerum"), String::strip)).isEmpty();
    }

}
