package se.ukrapport.config;

import java.nio.file.Path;

import se.ukrapport.aggregate.ReportFiguresBuilder;
import se.ukrapport.domain.ReportFigures;
import se.ukrapport.ingest.ReportPropertiesFile;

/**
 * The report figures of the running job execution: computed by aggregera, which writes
 * the data files from them, and reused by the render steps, so the aggregation runs once
 * per execution. A step of another execution (a restart) finds none of its own and
 * computes them again.
 */
final class FiguresOfRun {

    private final ReportFiguresBuilder builder;

    private long execution = -1;

    private ReportFigures figures;

    FiguresOfRun(ReportFiguresBuilder builder) {
        this.builder = builder;
    }

    synchronized ReportFigures get(long executionId, Path input) {
        if (figures == null || execution != executionId) {
            figures = null;
            figures = builder.build(ReportPropertiesFile.read(input));
            execution = executionId;
        }
        return figures;
    }

}
