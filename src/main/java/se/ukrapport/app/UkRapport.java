package se.ukrapport.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.ukrapport.config.ReportApplication;
import se.ukrapport.config.RenderStepsConfig;
import se.ukrapport.config.RunParameters;
import se.ukrapport.rerun.ChapterSelection;
import se.ukrapport.rerun.RunHistory;
import se.ukrapport.ingest.InputEntries;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.ReportProperties;
import se.ukrapport.render.pdf.ReportValidation;
import se.ukrapport.rerun.InputInventory;
import se.ukrapport.rerun.OutputFolder;
import se.ukrapport.rerun.PendingRuns;
import se.ukrapport.support.Console;
import se.ukrapport.preview.Preview;
import se.ukrapport.preview.PreviewConsole;
import se.ukrapport.preview.StopSignal;
import se.ukrapport.render.html.HtmlWriter;
import se.ukrapport.ingest.ReportPropertiesFile;

/**
 * The program: parses the command line, checks what can be checked before Spring starts
 * (locale, options, input folder, the output lock), runs {@code rapportJob} and turns its
 * outcome into one of cli.md's exit codes and a Swedish message. Usable in-process, which
 * the functional tests do.
 */
public final class UkRapport {

    static final String JOB = "rapportJob";

    private final Console console;

    private final Path workingDir;

    /**
     * Whether this JVM is the program's own, whose compiler it may tune
     * ({@link ShortRunCompilation}).
     */
    private final boolean ownJvm;

    /** Set by tests: stops a preview of this instance in place of Ctrl+C. */
    private StopSignal previewStop;

    public UkRapport(Console console, Path workingDir) {
        this(console, workingDir, false);
    }

    private UkRapport(Console console, Path workingDir, boolean ownJvm) {
        this.console = console;
        this.workingDir = workingDir;
        this.ownJvm = ownJvm;
    }

    /**
     * Lets {@code stop} end a {@code --forhandsgranska} run (tests; Ctrl+C otherwise).
     */
    UkRapport withPreviewStop(StopSignal stop) {
        this.previewStop = stop;
        return this;
    }

    public static UkRapport forSystem() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return new UkRapport(new Console(out, err), Path.of("").toAbsolutePath(), true);
    }

    public static String version() {
        String v = UkRapport.class.getPackage().getImplementationVersion();
        return v == null ? "utveckling" : v;
    }

    public int run(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        if (!jnu.equalsIgnoreCase("UTF-8")) {
            console.error("Filnamn kan inte läsas korrekt: Java tolkar filnamn som " + jnu
                    + ", inte UTF-8, så till exempel Åmål.docx går inte att öppna.\n"
                    + "Sätt en UTF-8-locale innan programmet startas, till exempel: export LC_ALL=C.UTF-8");
            return ExitCodes.USAGE;
        }
        RunOptions options;
        try {
            options = new CommandLineParser().parse(args, workingDir);
        }
        catch (UsageException e) {
            console.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            return switch (options.command()) {
                case HISTORY -> history(options);
                case PREVIEW -> preview(options);
                case RUN -> report(options);
            };
        }
        catch (InputException e) {
            console.error("Fel i indata: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        catch (RuntimeException e) {
            return internalError(e);
        }
    }

    private int report(RunOptions options) throws InputException {
        Optional<String> folders = checkFolders(options);
        if (folders.isPresent()) {
            console.error(folders.get());
            return ExitCodes.USAGE;
        }
        Prepared run = prepare(options);
        Optional<RunLock> lock = lock(run.output());
        if (lock.isEmpty()) {
            console.error(lockedMessage(run.output()));
            return ExitCodes.LOCKED;
        }
        boolean forced = options.all() || !options.chapters().isEmpty();
        console.step("uk-rapport " + version() + ": rapportår " + run.props().year() + ", indata " + options.input());
        if (!forced && run.unchanged()) {
            // Nothing changed: answered before Spring starts; the run is noted for
            // historik.
            try (RunLock held = lock.get()) {
                unchanged(options, run);
                return ExitCodes.OK;
            }
            catch (java.io.IOException e) {
                return internalError(e);
            }
        }
        if (ownJvm) {
            ShortRunCompilation.applyFor(options.input());
        }
        try (RunLock held = lock.get(); ConfigurableApplicationContext ctx = startSpring(options, true)) {
            return reportIn(ctx, options, forced, run).exitCode();
        }
        catch (InputException e) {
            throw e;
        }
        catch (Exception e) {
            InputException input = findInputException(e);
            if (input != null) {
                throw input;
            }
            return internalError(e);
        }
    }

    /**
     * What a run is made of, read before Spring starts: report.properties, the input's
     * fingerprint and the output folder.
     */
    private record Prepared(ReportProperties props, InputInventory inventory, OutputFolder output) {

        /** Whether the published output was made from exactly this input. */
        boolean unchanged() {
            return output.publishedFingerprint().filter(inventory.fingerprint()::equals).isPresent();
        }

    }

    /**
     * The input folder exists and the output folder is not inside it (or around it): else
     * a message for exit code 2.
     */
    private static Optional<String> checkFolders(RunOptions options) throws InputException {
        if (!Files.isDirectory(options.input())) {
            throw new InputException(options.input().toString(), null, null, "indatamappen finns inte");
        }
        return FolderCheck.problem(options.input(), options.output());
    }

    private static Prepared prepare(RunOptions options) throws InputException {
        InputEntries.requireReadable(options.input());
        ReportProperties props = ReportPropertiesFile.read(options.input());
        InputInventory inventory = InputInventory.of(version(), options.input(), options.templates());
        return new Prepared(props, inventory, new OutputFolder(options.output()));
    }

    private static Optional<RunLock> lock(OutputFolder output) throws InputException {
        try {
            return RunLock.tryAcquire(output.lockFile());
        }
        catch (java.io.IOException e) {
            throw new InputException(output.path().toString(), null, null,
                    "utdatamappen kan inte låsas: " + e.getMessage(), e);
        }
    }

    private static String lockedMessage(OutputFolder output) {
        return "En annan körning håller redan på med " + output.path() + ". Vänta tills den är klar och försök igen.";
    }

    /** "Inget har ändrats": said, validated if asked, and noted for historik. */
    private void unchanged(RunOptions options, Prepared run) throws java.io.IOException {
        java.time.Instant start = java.time.Instant.now();
        console.step("Inget har ändrats sedan förra körningen: " + run.output().path() + " är aktuell.");
        if (options.validate()) {
            // The user still wants the report: of the PDF files already published.
            console.step(ReportValidation.run(run.output().path(), run.props().year(), run.inventory().fingerprint(),
                    version()));
        }
        PendingRuns.append(workingDir,
                new PendingRuns.Pending(start, java.time.Instant.now(), System.getProperty("user.name", ""),
                        run.props().year(), run.inventory().fingerprint(), run.output().path().toString()));
    }

    /**
     * One report run in a started Spring context, with the output folder's lock held:
     * rapportJob between its entries in the run history. A normal invocation makes one;
     * the preview one per change, in the same context.
     */
    private Outcome reportIn(ConfigurableApplicationContext ctx, RunOptions options, boolean forced, Prepared run)
            throws Exception {
        RunHistory history = ctx.getBean(RunHistory.class);
        history.addUnchanged(PendingRuns.drain(workingDir));
        long runId = history.start(System.getProperty("user.name", ""), run.props().year(),
                run.inventory().fingerprint(), run.inventory().historySummary(), run.output().path().toString());
        Outcome outcome;
        try {
            outcome = runJob(ctx, options, forced, run.props(), run.inventory(), run.output());
        }
        catch (InputException e) {
            console.error("Fel i indata: " + e.getMessage());
            outcome = new Outcome(ExitCodes.BAD_INPUT, "fel i indata", "", null, e.getMessage());
        }
        catch (RuntimeException e) {
            outcome = new Outcome(internalError(e), "internt fel", "", null, String.valueOf(e));
        }
        history.finish(runId, outcome.status(), outcome.exitCode(), outcome.chapters(), outcome.jobExecution(),
                outcome.message());
        if (outcome.changes() != null) {
            history.changes(runId, outcome.changes(), outcome.causes());
        }
        if (outcome.validation() != null) {
            history.validation(runId, outcome.validation());
        }
        return outcome;
    }

    /**
     * {@code --forhandsgranska}: the output folder's lock held and one Spring context
     * kept for the whole preview; each change is then a run as {@link #report} makes it
     * ({@link #prepare}, "inget har ändrats" or {@link #reportIn}), so staging, run
     * history, manifest and chapter selection are the normal ones. Ends on Ctrl+C (the
     * shutdown hook waits for the run in progress) or {@link #stopPreview}.
     */
    private int preview(RunOptions options) throws InputException {
        Optional<String> folders = checkFolders(options);
        if (folders.isPresent()) {
            console.error(folders.get());
            return ExitCodes.USAGE;
        }
        OutputFolder output = new OutputFolder(options.output());
        Optional<String> loop = watchedFolderProblem(options, output);
        if (loop.isPresent()) {
            console.error(loop.get());
            return ExitCodes.USAGE;
        }
        Optional<RunLock> lock = lock(output);
        if (lock.isEmpty()) {
            console.error(lockedMessage(output));
            return ExitCodes.LOCKED;
        }
        StopSignal stop = previewStop != null ? previewStop : new StopSignal();
        if (ownJvm) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!stop.stopped()) {
                    console.step("Avslutar förhandsgranskningen …");
                }
                stop.stop();
                stop.awaitFinished(java.time.Duration.ofMinutes(2));
            }, "forhandsgranskning-stopp"));
        }
        PreviewConsole previewConsole = new PreviewConsole(console);
        UkRapport runs = new UkRapport(previewConsole, workingDir, ownJvm);
        console.step("uk-rapport " + version() + ": förhandsgranskning, indata " + options.input() + (options
            .templates() == null
                    ? "; mallarna är de som följer med programmet (ange --templates=MAPP för att se ändringar i en egen kopia)"
                    : ", mallar " + options.templates()));
        try (RunLock held = lock.get(); ConfigurableApplicationContext ctx = runs.startSpring(options, false)) {
            List<Path> watched = options.templates() == null ? List.of(options.input())
                    : List.of(options.input(), options.templates());
            new Preview(previewConsole, watched, output.path().resolve(HtmlWriter.FOLDER).resolve(HtmlWriter.FILE),
                    options.port(), runs.previewSession(ctx, options), stop)
                .run();
            return ExitCodes.OK;
        }
        catch (java.io.IOException e) {
            return internalError(e);
        }
        finally {
            stop.finished();
        }
    }

    /**
     * What a run writes must not lie in a folder the preview watches, or each run would
     * be a change that starts the next: the output folder (with its staging and lock
     * siblings) in the template folder, or the job repository and log in either folder.
     */
    private Optional<String> watchedFolderProblem(RunOptions options, OutputFolder output) {
        Path repository = workingDir.resolve(".uk-rapport").toAbsolutePath().normalize();
        List<Path> watched = options.templates() == null ? List.of(options.input())
                : List.of(options.input(), options.templates());
        for (Path folder : watched) {
            String which = folder.equals(options.input()) ? "indatamappen" : "mallmappen";
            if (folder.equals(options.templates()) && (output.path().startsWith(folder)
                    || folder.startsWith(output.path()) || output.staging().startsWith(folder))) {
                return Optional.of("Förhandsgranskningen kan inte starta: utdatamappen " + output.path()
                        + " ligger i mallmappen " + folder + " (eller runt den), så varje körning skulle räknas som"
                        + " en ändring. Ange en annan mapp med --output eller --templates.");
            }
            if (repository.startsWith(folder)) {
                return Optional.of("Förhandsgranskningen kan inte starta: körhistoriken i " + repository + " ligger i "
                        + which + " " + folder + ", så varje körning skulle räknas som en ändring."
                        + " Starta programmet från en annan mapp.");
            }
        }
        return Optional.empty();
    }

    /** The preview's runs, in this program's own run path. */
    private Preview.Session previewSession(ConfigurableApplicationContext ctx, RunOptions options) {
        return new Preview.Session() {
            @Override
            public java.util.Map<String, String> files() {
                return InputInventory.of(version(), options.input(), options.templates()).files();
            }

            @Override
            public Preview.Outcome rerun() {
                try {
                    Prepared run = prepare(options);
                    if (run.unchanged()) {
                        unchanged(options, run);
                        return new Preview.Outcome(true, List.of(), true);
                    }
                    Outcome o = reportIn(ctx, options, false, run);
                    return new Preview.Outcome(o.exitCode() == ExitCodes.OK,
                            o.exitCode() == ExitCodes.OK && !o.chapters().isEmpty() ? List.of(o.chapters().split(","))
                                    : List.of(),
                            false);
                }
                catch (InputException e) {
                    console.error("Fel i indata: " + e.getMessage());
                }
                catch (Exception e) {
                    InputException input = findInputException(e);
                    if (input != null) {
                        console.error("Fel i indata: " + input.getMessage());
                    }
                    else {
                        internalError(e);
                    }
                }
                return new Preview.Outcome(false, List.of(), false);
            }
        };
    }

    /** How one invocation ended, for the exit code and the run history. */
    private record Outcome(int exitCode, String status, String chapters, Long jobExecution, String message,
            Integer changes, String causes, String validation) {

        Outcome(int exitCode, String status, String chapters, Long jobExecution, String message) {
            this(exitCode, status, chapters, jobExecution, message, null, null, null);
        }
    }

    private Outcome runJob(ConfigurableApplicationContext ctx, RunOptions options, boolean forced,
            ReportProperties props, InputInventory inventory, OutputFolder output) throws Exception {
        JobOperator operator = ctx.getBean(JobOperator.class);
        JobRepository repository = ctx.getBean(JobRepository.class);
        Job job = ctx.getBean(JOB, Job.class);
        recoverInterrupted(repository, operator, output);
        JobParametersBuilder params = new JobParametersBuilder().addLong(RunParameters.YEAR, (long) props.year())
            .addString(RunParameters.FINGERPRINT, inventory.fingerprint())
            .addString(RunParameters.DATA_FINGERPRINT, inventory.dataFingerprint(), false)
            .addString(RunParameters.CHAPTERS, chapterSet(options))
            .addString(RunParameters.INPUT, options.input().toString(), false)
            .addString(RunParameters.OUTPUT, output.path().toString(), false)
            .addString(RunParameters.TEMPLATES, options.templates() == null ? "" : options.templates().toString(),
                    false)
            .addString(RunParameters.VERSION, version(), false)
            .addString(RunParameters.VALIDATE, Boolean.toString(options.validate()), false);
        if (forced) {
            params.addLong(RunParameters.RUN_NUMBER, nextRunNumber(repository));
        }
        JobExecution execution;
        try {
            execution = operator.start(job, params.toJobParameters());
        }
        catch (JobInstanceAlreadyCompleteException e) {
            // Same input as a finished run, but this output folder does not hold its
            // result. A run of
            // it that failed since (it got a run number) is restarted; otherwise the
            // report is made again.
            Optional<JobExecution> failed = restartable(repository, params.toJobParameters());
            if (failed.isPresent()) {
                execution = operator.restart(failed.get());
            }
            else {
                params.addLong(RunParameters.RUN_NUMBER, nextRunNumber(repository));
                execution = operator.start(job, params.toJobParameters());
            }
        }
        int code = outcome(execution);
        String rendered = execution.getExecutionContext().containsKey(RenderStepsConfig.RENDERED)
                ? execution.getExecutionContext().getString(RenderStepsConfig.RENDERED) : "";
        String status = code == ExitCodes.OK ? "klar" : code == ExitCodes.BAD_INPUT ? "fel i indata" : "internt fel";
        var context = execution.getExecutionContext();
        return new Outcome(code, status, rendered, execution.getId(),
                code == ExitCodes.OK ? null : String.valueOf(execution.getAllFailureExceptions()),
                context.containsKey(RenderStepsConfig.CHANGES) ? context.getInt(RenderStepsConfig.CHANGES) : null,
                context.containsKey(RenderStepsConfig.CAUSES) ? context.getString(RenderStepsConfig.CAUSES) : null,
                context.containsKey(RenderStepsConfig.VALIDATION) ? context.getString(RenderStepsConfig.VALIDATION)
                        : null);
    }

    /**
     * A job execution for this output folder still marked as running while we hold the
     * folder's lock was killed (kill -9, a power cut): mark it failed so that the same
     * report can be restarted from the step it was in. Runs for other folders (a shared
     * PostgreSQL) are left alone.
     */
    private void recoverInterrupted(JobRepository repository, JobOperator operator, OutputFolder output) {
        for (JobExecution running : repository.findRunningJobExecutions(JOB)) {
            if (!output.path().toString().equals(running.getJobParameters().getString(RunParameters.OUTPUT))) {
                continue;
            }
            console.step("Körning " + running.getId() + " avbröts utan att avslutas; den återupptas där den slutade.");
            operator.recover(running);
        }
    }

    /**
     * The latest failed or stopped execution of this report (year, input, chapter set),
     * if any.
     */
    private static Optional<JobExecution> restartable(JobRepository repository,
            org.springframework.batch.core.job.parameters.JobParameters wanted) {
        JobExecution best = null;
        for (var instance : repository.findJobInstances(JOB)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || !(last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                continue;
            }
            var p = last.getJobParameters();
            boolean same = java.util.Objects.equals(p.getLong(RunParameters.YEAR), wanted.getLong(RunParameters.YEAR))
                    && java.util.Objects.equals(p.getString(RunParameters.FINGERPRINT),
                            wanted.getString(RunParameters.FINGERPRINT))
                    && java.util.Objects.equals(p.getString(RunParameters.CHAPTERS),
                            wanted.getString(RunParameters.CHAPTERS));
            if (same && (best == null || last.getId() > best.getId())) {
                best = last;
            }
        }
        return Optional.ofNullable(best);
    }

    private int outcome(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return ExitCodes.OK;
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            InputException input = findInputException(t);
            if (input != null) {
                console.error("Fel i indata: " + input.getMessage());
                console.error("Inget har skrivits; " + "utdatamappen är orörd.");
                return ExitCodes.BAD_INPUT;
            }
        }
        Throwable first = execution.getAllFailureExceptions().isEmpty() ? null
                : execution.getAllFailureExceptions().get(0);
        return internalError(first);
    }

    private static InputException findInputException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException ie) {
                return ie;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private int internalError(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains("already in use")) {
                // H2's file lock: another process holds the job repository of this
                // working directory.
                console.error("Jobbregistret i " + workingDir.resolve(".uk-rapport")
                        + " används av en annan körning. Vänta tills den är klar och försök igen.");
                return ExitCodes.LOCKED;
            }
        }
        // Looked up here, not in a static field: starting logging is a noticeable part of
        // the
        // unchanged-input answer, which logs nothing.
        LoggerFactory.getLogger(UkRapport.class).error("Internt fel", e);
        console.error("Internt fel (ett programfel, inte ett fel i indata): "
                + (e == null ? "okänd orsak" : e.getClass().getSimpleName() + ": " + e.getMessage())
                + "\nDetaljer finns i loggen " + logFile() + ".");
        return ExitCodes.INTERNAL;
    }

    private Path logFile() {
        return workingDir.resolve(".uk-rapport").resolve("uk-rapport.log");
    }

    private static String chapterSet(RunOptions options) {
        if (options.all()) {
            return ChapterSelection.ALL;
        }
        return options.chapters().isEmpty() ? ChapterSelection.CHANGED
                : String.join(",", new java.util.TreeSet<>(options.chapters()));
    }

    private static long nextRunNumber(JobRepository repository) {
        try {
            return repository.getJobInstanceCount(JOB) + 1;
        }
        catch (Exception e) {
            return 1;
        }
    }

    /**
     * @param shutdownHook whether Spring closes the context on Ctrl+C itself; the preview
     * closes it after the run in progress.
     */
    private ConfigurableApplicationContext startSpring(RunOptions options, boolean shutdownHook) {
        List<String> args = new ArrayList<>(options.springArgs());
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ReportApplication.class)
            .web(WebApplicationType.NONE)
            .registerShutdownHook(shutdownHook)
            .properties("uk-rapport.working-dir=" + workingDir)
            .initializers(ctx -> ctx.getBeanFactory().registerSingleton("console", console));
        if (!shutdownHook) {
            builder.initializers(UkRapport::keepH2OpenAtExit);
        }
        return builder.run(args.toArray(String[]::new));
    }

    /**
     * H2 closes its databases in a JVM shutdown hook of its own, which on Ctrl+C would
     * close the job repository under the preview's run in progress; the preview closes
     * the context itself once that run has ended, so for an H2 URL (the default one or
     * the user's) that hook is turned off. Other databases are left as they are.
     */
    private static void keepH2OpenAtExit(ConfigurableApplicationContext ctx) {
        String url = ctx.getEnvironment().getProperty("spring.datasource.url");
        if (url != null && url.startsWith("jdbc:h2:")
                && !url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            ctx.getEnvironment()
                .getPropertySources()
                .addFirst(new org.springframework.core.env.MapPropertySource("forhandsgranskning",
                        java.util.Map.of("spring.datasource.url", url + ";DB_CLOSE_ON_EXIT=FALSE")));
        }
    }

    private int history(RunOptions options) {
        try (ConfigurableApplicationContext ctx = startSpring(options, true)) {
            ctx.getBean(RunHistory.class).addUnchanged(PendingRuns.drain(workingDir));
            List<RunHistory.Run> runs = ctx.getBean(RunHistory.class).all();
            if (options.historyRun() != null) {
                return historyRun(ctx.getBean(RunHistory.class), runs, options.historyRun());
            }
            if (runs.isEmpty()) {
                console.step("Inga körningar har registrerats ännu.");
                return ExitCodes.OK;
            }
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
            String format = "%-5s %-19s  %-19s  %-13s %-4s %-10s %-5s %-12s %-9s %s";
            console.step(String.format(format, "Nr", "Start", "Slut", "Status", "Exit", "Användare", "År", "Indata",
                    "Ändringar", "Renderade kapitel; orsaker"));
            java.util.Map<String, Long> firstWith = new java.util.HashMap<>();
            for (RunHistory.Run r : runs) {
                String note = "";
                if (r.fingerprint() != null) {
                    Long earlier = firstWith.putIfAbsent(r.fingerprint(), r.id());
                    if (earlier != null && !"oförändrad".equals(r.status())) {
                        note = " (samma indata som körning " + earlier + ")";
                    }
                }
                String chapters = r.chapters() == null || r.chapters().isEmpty() ? "–" : r.chapters();
                String causes = r.causes() == null || r.causes().isEmpty() ? "" : "; " + r.causes();
                console.step(String.format(format, r.id(), f.format(r.start()),
                        r.end() == null ? "" : f.format(r.end()), r.end() == null ? "avbruten?" : r.status(),
                        r.exitCode() == null ? "" : r.exitCode(), r.user() == null ? "" : r.user(),
                        r.year() == null ? "" : r.year(), abbreviate(r.fingerprint()),
                        r.changes() == null ? "–" : r.changes(), chapters + causes + note));
            }
            return ExitCodes.OK;
        }
    }

    /**
     * {@code historik N}: one run in full — input files, chapters, the PDF validation's
     * result, every changed number with its cause.
     */
    private int historyRun(RunHistory history, List<RunHistory.Run> runs, long number) {
        RunHistory.Run r = runs.stream().filter(x -> x.id() == number).findFirst().orElse(null);
        if (r == null) {
            console.error("Körning " + number + " finns inte i historiken (" + runs.size() + " körningar).");
            return ExitCodes.USAGE;
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        console.step("Körning " + r.id() + ": " + (r.end() == null ? "avbruten?" : r.status()) + ", avslutningskod "
                + (r.exitCode() == null ? "–" : r.exitCode()) + ", " + f.format(r.start()) + " – "
                + (r.end() == null ? "" : f.format(r.end())) + ", " + (r.user() == null ? "" : r.user()));
        console.step("Rapportår " + (r.year() == null ? "–" : r.year()) + ", indata " + r.fingerprint() + ", utdata "
                + (r.output() == null ? "" : r.output()));
        runs.stream()
            .filter(x -> x.id() < r.id() && java.util.Objects.equals(x.fingerprint(), r.fingerprint()))
            .findFirst()
            .ifPresent(x -> console.step("Samma indata som körning " + x.id() + "."));
        if (r.files() != null && !r.files().isBlank()) {
            console.step("Indatafiler (kontrollsumma):");
            r.files().lines().forEach(l -> console.step("  " + l));
        }
        console.step("Renderade kapitel: " + (r.chapters() == null || r.chapters().isEmpty() ? "–" : r.chapters()));
        if (r.message() != null && !r.message().isBlank()) {
            console.step("Meddelande: " + r.message());
        }
        // The stored line is the console's own ("PDF-validering: 18 filer, inga
        // avvikelser.").
        console.step(r.validation() == null || r.validation().isBlank()
                ? "PDF-validering: inte körd (--validera gavs inte)." : r.validation());
        List<RunHistory.StoredChange> changes = r.jobExecution() == null ? List.of()
                : history.changesOf(r.jobExecution());
        console.step("Ändrade tal: " + changes.size() + (changes.isEmpty() ? "." : ":"));
        for (RunHistory.StoredChange c : changes) {
            console.step("  " + c.chapter() + " " + c.object() + " " + c.key() + ": " + nz(c.before()) + " → "
                    + nz(c.after()) + " (" + nz(c.cause()) + ")");
        }
        return ExitCodes.OK;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String sha) {
        return sha == null ? "" : sha.substring(0, Math.min(12, sha.length()));
    }

}
