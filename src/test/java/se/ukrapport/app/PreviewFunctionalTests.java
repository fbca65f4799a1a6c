package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.preview.StopSignal;
import se.ukrapport.support.Console;

/**
 * {@code --forhandsgranska} on the demo input in a scratch folder: the page is served
 * with its reload script, a template edit is a new run of the changed chapter, a broken
 * template shows its error while the last good report stays, the written files are those
 * of a normal run, and stopping releases the output lock. Waits are bounded; nothing is
 * timed.
 */
class PreviewFunctionalTests {

    private static final Duration WAIT = Duration.ofMinutes(4);

    @TempDir
    Path work;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void rendersAgainOnEveryTemplateSaveAndServesTheResult() throws Exception {
        Path input = TestCorpus.copyDemo(work);
        Path templates = Files.createDirectories(work.resolve("mallar"));
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName().toString()));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        StopSignal stop = new StopSignal();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread preview = new Thread(() -> exit.set(new UkRapport(console, work).withPreviewStop(stop)
            .run(new String[] { "--forhandsgranska", "--port=0", "--input=" + input, "--templates=" + templates })));
        preview.start();
        try {
            Pattern address = Pattern.compile("Förhandsgranskning: (http://127\\.0\\.0\\.1:\\d+/)");
            await(() -> address.matcher(text(out)).find(), "the address on the console", out, err);
            Matcher m = address.matcher(text(out));
            assertThat(m.find()).isTrue();
            String base = m.group(1);
            await(() -> version(base).equals("1"), "the first run", out, err);

            Path written = work.resolve("output/html/index.html");
            String page = get(base);
            assertThat(page).contains("fetch(\"/version\"").contains("Kapitlet bygger på enkätsvaren");
            assertThat(written).content(StandardCharsets.UTF_8)
                .doesNotContain("<script")
                .doesNotContain("uk-forhandsgranskning")
                .contains("Kapitlet bygger på enkätsvaren");

            Path kap05 = templates.resolve("kap05-kommunernas-arbete.ftl");
            String original = Files.readString(kap05, StandardCharsets.UTF_8);
            String edited = original.replace("Kapitlet bygger på enkätsvaren", "Kapitlet bygger helt på enkätsvaren");
            Files.writeString(kap05, edited, StandardCharsets.UTF_8);
            await(() -> version(base).equals("2"), "the run after the edit", out, err);
            assertThat(get(base)).contains("Kapitlet bygger helt på enkätsvaren").doesNotContain("role=\"alert\"");
            assertThat(text(out)).contains("Mallen kap05-kommunernas-arbete.ftl ändrad: kapitel kap05 omrenderat på ")
                .contains("inget läses om");

            // A broken template: the error on the console and the page, the last good
            // output stays.
            byte[] good = Files.readAllBytes(written);
            Files.writeString(kap05, edited + "\n<#if d.respondents() > 0>\n", StandardCharsets.UTF_8);
            await(() -> version(base).equals("3"), "the run of the broken template", out, err);
            String failed = get(base);
            assertThat(failed).contains("role=\"alert\"")
                .contains("Den senaste körningen misslyckades")
                .contains("Kapitlet bygger helt på enkätsvaren");
            assertThat(text(err)).contains("Fel i indata").doesNotContain("\tat ");
            assertThat(Files.readAllBytes(written)).isEqualTo(good);

            Files.writeString(kap05, edited, StandardCharsets.UTF_8);
            await(() -> version(base).equals("4"), "the run after the repair", out, err);
            assertThat(get(base)).doesNotContain("role=\"alert\"");
        }
        finally {
            stop.stop();
            assertThat(stop.awaitFinished(WAIT)).isTrue();
            preview.join(WAIT.toMillis());
        }
        assertThat(exit.get()).isZero();
        assertThat(text(out)).contains("Förhandsgranskningen är avslutad.");
        var lock = RunLock.tryAcquire(work.resolve(".output.lock"));
        assertThat(lock).as("the output lock is released").isPresent();
        lock.get().close();

        // The written files are a normal run's: the same report made by one plain run.
        Path other = Files.createDirectories(work.resolve("normal"));
        TestCorpus.Run normal = TestCorpus.run(other, "--input=" + input, "--templates=" + templates);
        assertThat(normal.exitCode()).as(normal.err()).isZero();
        for (String file : new String[] { "html/index.html", "kapitel/kap05.docx", "data/aggregat.csv" }) {
            assertThat(Files.readAllBytes(work.resolve("output").resolve(file))).as(file)
                .isEqualTo(Files.readAllBytes(other.resolve("output").resolve(file)));
        }
    }

    /**
     * A preview whose own writing would be a change in a watched folder is refused before
     * it starts.
     */
    @Test
    void outputInsideTheTemplateFolderIsRefused() {
        Path input = TestCorpus.copyDemo(work);
        TestCorpus.Run run = TestCorpus.run(work, "--forhandsgranska", "--port=0", "--input=" + input, "--templates=.",
                "--output=output");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("ligger i mallmappen").doesNotContain("\tat ");
        assertThat(work.resolve("output")).doesNotExist();
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private String get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    }

    private String version(String base) {
        try {
            return get(base + "version");
        }
        catch (IOException e) {
            return "";
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void await(BooleanSupplier condition, String what, ByteArrayOutputStream out,
            ByteArrayOutputStream err) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited in vain for " + what + "\n" + text(out) + "\n" + text(err));
            }
            Thread.sleep(100);
        }
    }

}
