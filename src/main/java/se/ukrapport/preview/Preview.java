package se.ukrapport.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The preview loop: one run at start, then one after every burst of changes in the
 * watched folders whose files' checksums differ from those of the previous run; the HTML
 * edition served meanwhile by {@link PreviewServer}. A run that fails leaves the last
 * good output in place (the run path's staging does that) and its error on the console
 * and the page; the preview goes on until {@link StopSignal#stop()}.
 */
public final class Preview {

    /** The quiet time that ends a burst of file events. */
    static final Duration QUIET = Duration.ofMillis(100);

    /** A burst runs at the latest this long after its first event. */
    static final Duration MAX_DELAY = Duration.ofSeconds(2);

    /** What the preview needs of the program: snapshots of the watched files and runs. */
    public interface Session {

        /**
         * Every watched file's checksum by its inventory name; may throw when a file goes
         * away while it is read.
         */
        Map<String, String> files();

        /**
         * One run as a normal invocation of the program would make it (its console lines
         * go to the preview's console).
         */
        Outcome rerun();

    }

    /**
     * How a run ended.
     *
     * @param ok whether it succeeded (also "inget har ändrats")
     * @param chapters the chapters it rendered
     * @param unchanged nothing had changed since the published output
     */
    public record Outcome(boolean ok, List<String> chapters, boolean unchanged) {
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PreviewConsole console;

    private final List<Path> watched;

    private final Path page;

    private final int port;

    private final Session session;

    private final StopSignal stop;

    private final PreviewState state = new PreviewState();

    /**
     * @param watched the folders to watch (input, and the template folder if one is
     * given)
     * @param page the HTML edition's file in the output folder
     */
    public Preview(PreviewConsole console, List<Path> watched, Path page, int port, Session session, StopSignal stop) {
        this.console = console;
        this.watched = List.copyOf(watched);
        this.page = page;
        this.port = port;
        this.session = session;
        this.stop = stop;
    }

    /** Runs until stopped. */
    public void run() throws IOException {
        try (FolderWatcher watcher = new FolderWatcher(watched, QUIET, MAX_DELAY);
                PreviewServer server = PreviewServer.start(port, page, state)) {
            stop.onStop(watcher::close);
            String address = "http://127.0.0.1:" + server.port() + "/";
            console.say("Förhandsgranskning: " + address
                    + (server.fellBack() ? " (porten " + port + " var upptagen)" : "") + ". Bevakar "
                    + String.join(" och ", watched.stream().map(Path::toString).toList()) + ". Avsluta med Ctrl+C.");
            Map<String, String> last = snapshot();
            runOnce("Första körningen", List.of());
            while (!stop.stopped()) {
                if (!watcher.awaitChanges()) {
                    break;
                }
                Map<String, String> now = snapshot();
                List<InputChanges.Change> changes = last == null || now == null ? List.of()
                        : InputChanges.between(last, now);
                if (now != null && last != null && changes.isEmpty()) {
                    continue; // saved without a change, or a file the inventory does not
                              // count
                }
                last = now;
                runOnce(changes.isEmpty() ? "Ändringar" : InputChanges.describe(changes), changes);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        console.say("Förhandsgranskningen är avslutad.");
    }

    private Map<String, String> snapshot() {
        try {
            return session.files();
        }
        catch (UncheckedIOException | IllegalStateException e) {
            return null; // the run reads the folder itself and says what is wrong
        }
    }

    private void runOnce(String what, List<InputChanges.Change> changes) {
        console.startRun();
        state.started(what);
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = session.rerun();
        }
        catch (RuntimeException e) {
            // The session turns every failure into an outcome; this is the last guard
            // that
            // keeps the preview running.
            console.error("Internt fel (ett programfel, inte ett fel i indata): " + e);
            outcome = new Outcome(false, List.of(), false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = summary(what, outcome, seconds);
        String error = outcome.ok() ? null : console.errors();
        state.finished(LocalTime.now().format(CLOCK) + " " + line, outcome.ok() ? null
                : (error == null || error.isBlank() ? "Körningen misslyckades; se terminalfönstret." : error));
        console.say(LocalTime.now().format(CLOCK) + " " + line);
    }

    /**
     * "Mallen kap05-… ändrad: kapitel kap05 omrenderat på 0,8 s", and the other outcomes
     * in the same form.
     */
    static String summary(String what, Outcome outcome, double seconds) {
        String time = String.format(Locale.forLanguageTag("sv-SE"), "%.1f s", seconds);
        if (!outcome.ok()) {
            return what + ": fel, rapporten är inte omgjord (den förra visas) – " + time + ".";
        }
        if (outcome.unchanged()) {
            return what + ": inget har ändrats sedan förra körningen (" + time + ").";
        }
        List<String> chapters = new ArrayList<>(outcome.chapters());
        if (chapters.isEmpty()) {
            return what + ": inget kapitel har ändrats, rapporten är ihopsatt på nytt på " + time + ".";
        }
        if (chapters.size() == 1) {
            return what + ": kapitel " + chapters.get(0) + " omrenderat på " + time + ".";
        }
        return what + ": "
                + (chapters.size() > 6 ? chapters.size() + " kapitel" : "kapitel " + String.join(", ", chapters))
                + " omrenderade på " + time + ".";
    }

}
