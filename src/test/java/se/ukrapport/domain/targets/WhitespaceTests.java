package se.ukrapport.domain.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Whitespace.normalize gives what the pattern alone gave, also for the texts its fast
 * path lets through unchanged.
 */
class WhitespaceTests {

    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u2009\\u200b\\ufeff]+");

    private static final String ALPHABET = "ab Åö1.\t\n\u000b\f\r\u00a0\u2007\u202f\u2009\u200b\ufeff\u2003\u001c\u2028";

    @Test
    void everyKindOfSpaceIsOneSpaceAndTheEndsAreStripped() {
        assertThat(Whitespace.normalize(" Minska\u00a0med  20\u202f%\n till 2020 "))
            .isEqualTo("Minska med 20 % till 2020");
        assertThat(Whitespace.normalize("redan ren text")).isEqualTo("redan ren text");
        assertThat(Whitespace.normalize(null)).isEmpty();
    }

    @Test
    void randomTextsGiveWhatThePatternGave() {
        Random random = new Random(19);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            assertThat(Whitespace.normalize(text)).as("%s", text.chars().boxed().toList())
                .isEqualTo(ANY_SPACE.matcher(text).replaceAll(" ").strip());
        }
    }

}
