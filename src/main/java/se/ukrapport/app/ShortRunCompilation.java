package se.ukrapport.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.ObjectName;

/**
 * A report of the programme's size is made in seconds, and HotSpot's optimising compiler
 * (C2) cannot earn back its compile time in that span: on the demo it took more than half
 * of the run's CPU time (BENCHMARKS.md). {@code java -jar} offers no way to pass
 * {@code -XX:TieredStopAtLevel=1} from inside the jar, so the program asks the JVM
 * itself, through the diagnostic-command MBean (what
 * {@code jcmd <pid> Compiler.directives_add} does), not to compile with C2; methods then
 * stay with the C1 compiler. Only for inputs of up to {@link #MAX_MUNICIPALITIES}
 * municipalities (Sweden has 290): at thousands, where the run lasts minutes, C2 pays
 * off. {@code -Duk-rapport.c2=true} keeps C2 in any case; on a JVM without the command
 * nothing changes.
 */
final class ShortRunCompilation {

    static final int MAX_MUNICIPALITIES = se.ukrapport.domain.survey.MunicipalityRegistry.SHORT_RUN;
    static final String KEEP_C2 = "uk-rapport.c2";

    /**
     * Set by bin/uk-rapport, which starts the JVM with C1 only: nothing to switch off,
     * and the MBean server this takes costs a few tenths of a second before Spring
     * starts.
     */
    static final String C1_ONLY = "uk-rapport.c1";

    private static final String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]\n";

    private ShortRunCompilation() {
    }

    /**
     * @return whether C2 was switched off
     */
    static boolean applyFor(Path input) {
        if (Boolean.getBoolean(KEEP_C2) || Boolean.getBoolean(C1_ONLY) || municipalities(input) > MAX_MUNICIPALITIES) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("uk-rapport-kompilator", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object answer = ManagementFactory.getPlatformMBeanServer()
                .invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] { new String[] { file.toString() } }, new String[] { String[].class.getName() });
            return String.valueOf(answer).contains("added");
        }
        catch (Exception | LinkageError e) {
            // Another JVM, or the command refused: the run is only slower.
            return false;
        }
        finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                }
                catch (IOException e) {
                    // a temporary file of 40 bytes; the system's cleaning takes it
                }
            }
        }
    }

    /**
     * Lines of kommuner.csv (one municipality each, plus the header): enough to tell the
     * size.
     */
    static long municipalities(Path input) {
        Path file = input.resolve("kommuner.csv");
        long lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        catch (IOException e) {
            return 0; // the ingest step reports a missing or unreadable file properly
        }
        return lines;
    }

}
