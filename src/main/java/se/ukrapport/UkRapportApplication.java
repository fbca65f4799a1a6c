package se.ukrapport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import se.ukrapport.app.UkRapport;

/** Spring Boot application class; {@link UkRapport} owns the command line and exit codes. */
@SpringBootApplication
public class UkRapportApplication {

    public static void main(String[] args) {
        System.exit(UkRapport.forSystem().run(args));
    }
}
