package se.ukrapport.preview;

import java.util.ArrayList;
import java.util.List;

import se.ukrapport.support.Console;

/**
 * The console of the runs a preview makes: their step lines indented under the preview's
 * own lines, and the errors of the current run kept, so the served page can show exactly
 * what the console said.
 */
public final class PreviewConsole extends Console {

    private final Console target;

    private final List<String> errors = new ArrayList<>();

    public PreviewConsole(Console target) {
        super(System.out, System.err);
        this.target = target;
    }

    @Override
    public void step(String message) {
        target.step("  " + message.replace("\n", "\n  "));
    }

    @Override
    public void warn(String message) {
        target.warn(message);
    }

    @Override
    public synchronized void error(String message) {
        errors.add(message);
        target.error(message);
    }

    /** A preview line (not indented). */
    void say(String message) {
        target.step(message);
    }

    synchronized void startRun() {
        errors.clear();
    }

    /** What the current run wrote as errors, one message a line; empty if none. */
    synchronized String errors() {
        return String.join("\n", errors);
    }

}
