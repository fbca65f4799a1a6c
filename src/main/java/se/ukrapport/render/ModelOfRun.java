package se.ukrapport.render;

import se.ukrapport.support.PerExecution;

/**
 * The document model of the running job execution, built once and shared by the steps
 * that render from it. Building it runs every template, so three builds cost ~1.5 s on
 * the demo and much more on large inputs, and two models built side by side doubled the
 * memory of the render steps.
 */
public final class ModelOfRun extends PerExecution<ChapterBuilder.Built> {

    private final RenderedChapters chapters = new RenderedChapters();

    /** The chapters made so far, which a later build of the same figures reuses. */
    public RenderedChapters chapters() {
        return chapters;
    }

}
