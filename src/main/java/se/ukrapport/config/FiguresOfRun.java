package se.ukrapport.config;

import java.util.function.Supplier;

import se.ukrapport.domain.ReportFigures;

/**
 * The report figures of the running job execution: computed by aggregera, which writes the data
 * files from them, and reused by the render steps, so the aggregation runs once per execution. A
 * step of another execution (a restart) finds none of its own and computes them again.
 */
final class FiguresOfRun {

    private long execution = -1;
    private ReportFigures figures;

    synchronized ReportFigures get(long executionId, Supplier<ReportFigures> build) {
        if (figures == null || execution != executionId) {
            figures = null;
            figures = build.get();
            execution = executionId;
        }
        return figures;
    }
}
