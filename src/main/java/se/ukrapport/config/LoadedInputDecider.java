package se.ukrapport.config;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

import se.ukrapport.support.Console;
import se.ukrapport.rerun.ChapterSelection;
import se.ukrapport.store.ReferenceStore;

/**
 * Decides whether a run must read its input or can render from the business tables as
 * they are: they can be used when the last ingest that ran to its end read exactly this
 * input (same files, same program version; {@link ReferenceStore#loadedInput()}). That is
 * the case after a template edit or for {@code --kapitel}, which otherwise spent most of
 * their time reading what had not changed. {@code --alla} always reads everything again:
 * it is the user's way to make the whole report anew. Re-evaluated on restart, so a
 * restart after another report has used the tables reads again.
 */
public class LoadedInputDecider implements JobExecutionDecider {

    public static final FlowExecutionStatus READ = new FlowExecutionStatus("LAS");

    public static final FlowExecutionStatus REUSE = new FlowExecutionStatus("ATERANVAND");

    private final ReferenceStore store;

    private final Console console;

    public LoadedInputDecider(ReferenceStore store, Console console) {
        this.store = store;
        this.console = console;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        var params = jobExecution.getJobParameters();
        String wanted = params.getString(RunParameters.DATA_FINGERPRINT);
        if (wanted == null || ChapterSelection.ALL.equals(params.getString(RunParameters.CHAPTERS))) {
            return READ;
        }
        Optional<ReferenceStore.LoadedInput> loaded = store.loadedInput();
        if (loaded.isEmpty() || !loaded.get().dataFingerprint().equals(wanted)) {
            return READ;
        }
        console.step("Indata har inte ändrats sedan de lästes in senast: de inlästa tabellerna används"
                + " och inget läses om (--alla läser om allt).");
        return REUSE;
    }

}
