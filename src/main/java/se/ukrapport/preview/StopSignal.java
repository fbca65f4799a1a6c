package se.ukrapport.preview;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a running preview to stop (Ctrl-C's shutdown hook, or a test) and lets the asker
 * wait until it has: the run in progress, if any, ends first, then the server, the Spring
 * context and the output lock are closed.
 */
public final class StopSignal {

    private volatile boolean stopped;

    private final List<Runnable> onStop = new CopyOnWriteArrayList<>();

    private final CountDownLatch finished = new CountDownLatch(1);

    public void stop() {
        stopped = true;
        for (Runnable r : onStop) {
            r.run();
        }
    }

    public boolean stopped() {
        return stopped;
    }

    /** Runs {@code action} on {@link #stop()}, at once if it was already asked for. */
    void onStop(Runnable action) {
        onStop.add(action);
        if (stopped) {
            action.run();
        }
    }

    /** Called by the preview's owner once everything is closed. */
    public void finished() {
        finished.countDown();
    }

    /** Waits at most {@code timeout} for {@link #finished()}; true if it came. */
    public boolean awaitFinished(Duration timeout) {
        try {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
