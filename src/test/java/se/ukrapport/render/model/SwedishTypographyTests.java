package se.ukrapport.render.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The same text on every Java the launcher may pick: a unit ends where no letter follows,
 * also when the letter is not ASCII ({@code \b} became ASCII-only in Java 19).
 */
class SwedishTypographyTests {

    @Test
    void unitsGetANoBreakSpace() {
        assertThat(SwedishTypography.apply("5 % och 3 kr, 12 MWh")).isEqualTo("5\u00a0% och 3\u00a0kr, 12\u00a0MWh");
        assertThat(SwedishTypography.apply("1 000 ton")).isEqualTo("1\u00a0000\u00a0ton");
    }

    @Test
    void aWordThatStartsLikeAUnitIsNoUnit() {
        assertThat(SwedishTypography.apply("2005–2010 kräver 1,0 %")).isEqualTo("2005–2010 kräver 1,0\u00a0%");
        assertThat(SwedishTypography.apply("3 stål, 4 hål, 5 tåg")).isEqualTo("3 stål, 4 hål, 5 tåg");
        assertThat(SwedishTypography.apply("3 st.")).isEqualTo("3\u00a0st.");
    }

}
