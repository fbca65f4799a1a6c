package se.ukrapport.app;

/** Exit codes of cli.md. */
public final class ExitCodes {

    public static final int OK = 0;

    public static final int BAD_INPUT = 1;

    public static final int USAGE = 2;

    public static final int LOCKED = 3;

    public static final int INTERNAL = 4;

    private ExitCodes() {
    }

}
