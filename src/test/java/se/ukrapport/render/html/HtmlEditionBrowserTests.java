package se.ukrapport.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML edition in a real browser: headless Chromium parses the page (its DOM is dumped and
 * checked) and renders it at a phone's size (the screenshot is kept as target/html-edition.png for
 * a human to look at). Runs only where /usr/bin/chromium exists (.ci/chromium.sh installs it).
 */
class HtmlEditionBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOT = Path.of("target", "html-edition.png").toAbsolutePath();

    @TempDir
    Path dir;

    private Path page;

    @BeforeEach
    void writePage() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium saknas: /usr/bin/chromium");
        page = HtmlWriter.writeTo(dir, HtmlTestDocuments.sample());
    }

    @Test
    void browserParsesHeadingsTablesFiguresAndEscapedText() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());

        assertThat(dom).contains("<html lang=\"sv\">")
                .contains("<h1 id=\"kap01\">1 Sammanfattning</h1>")
                .contains("<h2 id=\"kap01-1-1-energi-per-barare\">")
                .contains("<table id=\"tabell-energi\">")
                .contains("<th scope=\"row\">Fjärrvärme</th>")
                .contains("<figcaption>Figur 2. Bedömning per kluster</figcaption>")
                .contains("<svg class=\"diagram\" role=\"img\"")
                // The browser's own serialisation: the respondent's text is text, not a <b> element.
                .contains("Svar: &lt;b&gt;&amp;\"x\"")
                .doesNotContain("<b>");
    }

    @Test
    void rendersOnAPhoneSizedScreen() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        chromium("--screenshot=" + SCREENSHOT, "--window-size=412,915", "--hide-scrollbars",
                page.toUri().toString());

        assertThat(SCREENSHOT).exists();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(5_000);
    }

    /** Runs headless Chromium with no network, no profile and no first-run work; returns stdout. */
    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + dir.resolve("profil")));
        command.addAll(List.of(args));
        Path log = dir.resolve("chromium.log");
        Path stdout = dir.resolve("chromium.out");
        // Output to files, so a browser that hangs cannot block the test past its time limit.
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium svarade inte inom 90 s");
        }
        assertThat(p.exitValue()).as("chromium avslutades med fel: %s", Files.readString(log)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
