package se.ukrapport.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DebouncerTests {

    private static final long MS = 1_000_000L;

    private final Debouncer burst = new Debouncer(Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void nothingIsDueWithoutAnEvent() {
        assertThat(burst.pending()).isFalse();
        assertThat(burst.due(5_000 * MS)).isFalse();
    }

    @Test
    void oneSaveIsDueAfterTheQuietPeriod() {
        burst.event(0);
        assertThat(burst.due(99 * MS)).isFalse();
        assertThat(burst.remaining(40 * MS)).isEqualTo(60 * MS);
        assertThat(burst.due(100 * MS)).isTrue();
    }

    @Test
    void aSaveOfSeveralFilesIsOneBurst() {
        burst.event(0);
        burst.event(60 * MS);
        burst.event(120 * MS);
        assertThat(burst.due(200 * MS)).isFalse();
        assertThat(burst.due(220 * MS)).isTrue();
    }

    @Test
    void aStreamOfEventsIsCutAtTheMaximumDelay() {
        for (long t = 0; t <= 1500; t += 50) {
            burst.event(t * MS);
            if (t < 1000) {
                assertThat(burst.due(t * MS)).as("at %d ms", t).isFalse();
            }
        }
        assertThat(burst.due(1000 * MS)).isTrue();
    }

    @Test
    void afterAResetTheNextEventStartsANewBurst() {
        burst.event(0);
        assertThat(burst.due(150 * MS)).isTrue();
        burst.reset();
        assertThat(burst.due(2000 * MS)).isFalse();
        burst.event(2000 * MS);
        assertThat(burst.due(2050 * MS)).isFalse();
        assertThat(burst.due(2100 * MS)).isTrue();
    }

}
