package se.ukrapport.config;

import java.nio.file.Path;

import se.ukrapport.aggregate.ReportFiguresBuilder;
import se.ukrapport.domain.ReportFigures;
import se.ukrapport.ingest.ReportPropertiesFile;
import se.ukrapport.support.PerExecution;

/**
 * The report figures of the running job execution: computed by aggregera, which writes
 * the data files from them, and reused by the render steps, so the aggregation runs once
 * per execution. A step of another execution (a restart) finds none of its own and
 * computes them again.
 */
final class FiguresOfRun extends PerExecution<ReportFigures> {

    private final ReportFiguresBuilder builder;

    FiguresOfRun(ReportFiguresBuilder builder) {
        this.builder = builder;
    }

    ReportFigures get(long executionId, Path input) {
        return get(executionId, () -> builder.build(ReportPropertiesFile.read(input)));
    }

}
