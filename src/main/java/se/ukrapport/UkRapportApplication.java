package se.ukrapport;

import se.ukrapport.app.UkRapport;

/** The program's entry point; {@link UkRapport} owns the command line and exit codes. */
public final class UkRapportApplication {

    private UkRapportApplication() {
    }

    public static void main(String[] args) {
        System.exit(UkRapport.forSystem().run(args));
    }

}
