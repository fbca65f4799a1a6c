package se.ukrapport.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A misspelled municipality name gets the name it was probably meant to be; a wholly
 * other name gets none.
 */
class MunicipalitySuggestionTests {

    private final MunicipalityRegistry registry = new MunicipalityRegistry(
            List.of(new Municipality("1441", "Lerum", "Västra Götaland", false, false, 2),
                    new Municipality("0581", "Norrköping", "Mälardalen", false, false, 3),
                    new Municipality("1490", "Borås", "Västra Götaland", false, false, 4)));

    @Test
    void oneLetterTooManySuggestsTheMunicipality() {
        assertThat(registry.suggestion("Lerumm")).isEqualTo("; menade du Lerum?");
    }

    @Test
    void twoEditsInALongNameStillSuggest() {
        assertThat(registry.suggestion("Norrkoping")).isEqualTo("; menade du Norrköping?");
        assertThat(registry.suggestion("Norköpping")).isEqualTo("; menade du Norrköping?");
    }

    @Test
    void aShortNameAllowsOnlyOneEdit() {
        assertThat(registry.suggestion("Boraas")).isEqualTo("; menade du Borås?");
        assertThat(registry.suggestion("Bxrxs")).isEmpty();
    }

    @Test
    void anotherNameAltogetherGetsNoSuggestion() {
        assertThat(registry.suggestion("Kommunby")).isEmpty();
    }

}
