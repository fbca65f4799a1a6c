package se.ukrapport.config;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;

import se.ukrapport.rerun.OutputFolder;

/**
 * The job parameters a step needs. Identifying: report year ({@code ar}), input
 * fingerprint ({@code indata}), chapter set ({@code kapitel}) and, for forced runs only,
 * {@code korning}. Non-identifying: the paths, so the same report made in another folder
 * is the same report, and {@code validera}: checking the PDF files changes nothing in
 * them, and a failed run must be restartable whether or not the next attempt asks for the
 * check; and {@code indataUtanMallar}, which the identifying fingerprint already
 * determines.
 */
public record RunParameters(int year, String fingerprint, Path input, OutputFolder output, Path templates,
        String version, boolean validate) {

    public static final String YEAR = "ar";

    public static final String FINGERPRINT = "indata";

    public static final String CHAPTERS = "kapitel";

    public static final String RUN_NUMBER = "korning";

    public static final String INPUT = "input";

    public static final String OUTPUT = "output";

    public static final String TEMPLATES = "templates";

    public static final String VERSION = "version";

    public static final String VALIDATE = "validera";

    /**
     * Non-identifying: the fingerprint without the templates
     * ({@code InputInventory.dataFingerprint}).
     */
    public static final String DATA_FINGERPRINT = "indataUtanMallar";

    public static RunParameters of(StepContribution contribution) {
        return of(contribution.getStepExecution().getJobParameters());
    }

    public static RunParameters of(JobParameters p) {
        return new RunParameters(p.getLong(YEAR).intValue(), p.getString(FINGERPRINT), Path.of(p.getString(INPUT)),
                new OutputFolder(Path.of(p.getString(OUTPUT))),
                p.getString(TEMPLATES) == null || p.getString(TEMPLATES).isEmpty() ? null
                        : Path.of(p.getString(TEMPLATES)),
                p.getString(VERSION), Boolean.parseBoolean(p.getString(VALIDATE)));
    }
}
