package se.ukrapport.preview;

/**
 * What the served page shows besides the report: a version that goes up after every run
 * (the page reloads when it changes), whether a run is going on, the last run's error and
 * a one-line summary. Written by the preview loop, read by the server's thread.
 */
final class PreviewState {

    record Snapshot(long version, boolean running, String error, String summary) {
    }

    private long version;

    private boolean running;

    private String error;

    private String summary = "startar …";

    synchronized Snapshot snapshot() {
        return new Snapshot(version, running, error, summary);
    }

    synchronized void started(String what) {
        running = true;
        summary = what + " …";
    }

    /** A run has ended: {@code error} null when it succeeded. */
    synchronized void finished(String summary, String error) {
        running = false;
        this.summary = summary;
        this.error = error;
        version++;
    }

}
