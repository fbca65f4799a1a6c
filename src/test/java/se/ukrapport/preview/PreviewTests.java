package se.ukrapport.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.support.Console;

/** The preview loop with a session of its own: no Spring, no report. */
class PreviewTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String console() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsAtStartAndAfterEachChangeThenStops() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("mallar"));
        Files.writeString(templates.resolve("kap05-kommunernas-arbete.ftl"), "<p>ett</p>");
        AtomicInteger runs = new AtomicInteger();
        PreviewConsole console = new PreviewConsole(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        Preview.Session session = new Preview.Session() {
            @Override
            public Map<String, String> files() {
                return snapshot(templates);
            }

            @Override
            public Preview.Outcome rerun() {
                int n = runs.incrementAndGet();
                if (n == 3) {
                    console.error("Fel i indata: mallen kap05-kommunernas-arbete.ftl, rad 1: trasig");
                    return new Preview.Outcome(false, List.of(), false);
                }
                return new Preview.Outcome(true, n == 1 ? List.of() : List.of("kap05"), n == 1);
            }
        };
        StopSignal stop = new StopSignal();
        Thread loop = new Thread(() -> {
            try {
                new Preview(console, List.of(templates), dir.resolve("saknas.html"), 0, session, stop).run();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finally {
                stop.finished();
            }
        });
        loop.start();
        awaitRuns(runs, 1);
        Files.writeString(templates.resolve("kap05-kommunernas-arbete.ftl"), "<p>två</p>");
        awaitRuns(runs, 2);
        // A save without a change is not a run.
        Files.writeString(templates.resolve("kap05-kommunernas-arbete.ftl"), "<p>två</p>");
        Files.writeString(templates.resolve("kap05-kommunernas-arbete.ftl"), "<p>tre</p>");
        awaitRuns(runs, 3);
        stop.stop();
        assertThat(stop.awaitFinished(Duration.ofSeconds(30))).isTrue();
        loop.join(10_000);

        assertThat(runs.get()).isEqualTo(3);
        assertThat(console()).contains("Förhandsgranskning: http://127.0.0.1:")
            .contains("Första körningen: inget har ändrats sedan förra körningen")
            .contains("Mallen kap05-kommunernas-arbete.ftl ändrad: kapitel kap05 omrenderat på ")
            .contains("Mallen kap05-kommunernas-arbete.ftl ändrad: fel, rapporten är inte omgjord")
            .contains("Förhandsgranskningen är avslutad.");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rad 1: trasig");
    }

    private static void awaitRuns(AtomicInteger runs, int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (runs.get() < n && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(runs.get()).as("runs").isGreaterThanOrEqualTo(n);
        Thread.sleep(50); // the console line comes right after the run
    }

    private static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                files.put("mallar/" + f.getFileName(), Files.readString(f));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

}
