package se.ukrapport.preview;

import java.time.Duration;

/**
 * When a burst of file events is over: due once no event has come for the quiet period,
 * or at the latest the maximum delay after the burst's first event (an editor or a
 * {@code git checkout} saving many files is one run, a stream of events never starves the
 * preview). Times are {@link System#nanoTime()} values, passed in so that the rule can be
 * tested without sleeping.
 */
final class Debouncer {

    private final long quiet;

    private final long max;

    private boolean pending;

    private long first;

    private long last;

    Debouncer(Duration quiet, Duration max) {
        this.quiet = quiet.toNanos();
        this.max = max.toNanos();
    }

    void event(long now) {
        if (!pending) {
            pending = true;
            first = now;
        }
        last = now;
    }

    boolean pending() {
        return pending;
    }

    /** Nanoseconds until the burst is due; 0 or less when it is. Only while pending. */
    long remaining(long now) {
        long byQuiet = last + quiet - now;
        long byMax = first + max - now;
        return Math.min(byQuiet, byMax);
    }

    boolean due(long now) {
        return pending && remaining(now) <= 0;
    }

    void reset() {
        pending = false;
    }

}
