package se.ukrapport.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The numbers of the running text are compared number by number between sentences of the
 * same wording.
 */
class TextNumbersTests {

    @Test
    void aChangedSumInASentenceIsListedWithItsPlace() {
        List<TextNumbers.Changed> changes = TextNumbers.compare(
                List.of("Sammantaget en minskning med 135\u00a0362 MWh, netto 373\u00a0924 MWh."),
                List.of("Sammantaget en minskning med 135\u00a0364 MWh, netto 373\u00a0922 MWh."));
        assertThat(changes)
            .extracting(TextNumbers.Changed::position, TextNumbers.Changed::before, TextNumbers.Changed::after)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "135\u00a0362", "135\u00a0364"),
                    org.assertj.core.groups.Tuple.tuple(2, "373\u00a0924", "373\u00a0922"));
    }

    @Test
    void aCrossReferenceNumberIsWordingNotAFigure() {
        assertThat(TextNumbers.compare(List.of("Se figur 12: 48 kommuner."), List.of("Se figur 13: 48 kommuner.")))
            .isEmpty();
        assertThat(TextNumbers.compare(List.of("Se figur 12: 48 kommuner."), List.of("Se figur 13: 49 kommuner.")))
            .extracting(TextNumbers.Changed::after)
            .containsExactly("49");
    }

    @Test
    void aSentenceWhoseWordsChangedIsNotPaired() {
        assertThat(
                TextNumbers.compare(List.of("De 28 kommuner som svarat."), List.of("De 29 kommuner som har svarat.")))
            .isEmpty();
    }

}
