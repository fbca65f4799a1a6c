package se.ukrapport.render;

import java.util.function.Supplier;

/**
 * The document model of the running job execution, built once and shared by the steps
 * that render from it (Word and PDF side by side, then the comparison). Building it runs
 * every template and the survey aggregation again, so three builds cost ~1.5 s on the
 * demo and much more on large inputs, and two models built side by side doubled the
 * memory of the render steps.
 *
 * <p>
 * Each step still stands alone: a step of another execution (a restart, in this process
 * or a new one) finds no model of its own execution and builds it. One model is kept at a
 * time.
 */
public final class ModelOfRun {

    private long execution = -1;

    private ChapterBuilder.Built built;

    /**
     * The model of {@code executionId}: the one already built, or {@code build}'s (a
     * second caller waits).
     */
    public synchronized ChapterBuilder.Built get(long executionId, Supplier<ChapterBuilder.Built> build) {
        if (built == null || execution != executionId) {
            built = null;
            built = build.get();
            execution = executionId;
        }
        return built;
    }

}
