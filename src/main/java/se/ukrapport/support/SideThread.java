package se.ukrapport.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a step hands to a thread of its own beside it, on the core the step would leave
 * idle: a daemon thread, so an abandoned result never keeps the program alive, and its
 * failure thrown as the waiting thread's own.
 */
public final class SideThread {

    private SideThread() {
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code work}'s value, made on a daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> start(name, task));
    }

    /**
     * The value of {@code future}, waited for; a failure is thrown as it was thrown, not
     * wrapped in a CompletionException.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

}
