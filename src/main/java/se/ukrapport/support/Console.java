package se.ukrapport.support;

import java.io.PrintStream;

/**
 * What the user reads while a run goes on: Swedish progress lines, warnings and errors.
 */
public class Console {

    private final PrintStream out;

    private final PrintStream err;

    public Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void step(String message) {
        out.println(message);
        out.flush();
    }

    public void warn(String message) {
        out.println("  Varning: " + message);
        out.flush();
    }

    public void error(String message) {
        err.println(message);
        err.flush();
    }

}
