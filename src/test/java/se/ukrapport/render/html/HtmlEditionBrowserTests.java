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
 * The HTML edition in a real browser: headless Chromium parses the page (its DOM is
 * dumped and checked) and renders it at a phone's size (the screenshot is kept as
 * target/html-edition.png for a human to look at). Runs only where /usr/bin/chromium
 * exists (.ci/chromium.sh installs it).
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
            .contains("<table id=\"tabell-energi\" aria-labelledby=\"tabell-energi-rubrik\">")
            .contains("<th scope=\"row\">Fjärrvärme</th>")
            .contains("<figcaption>Figur 2. Bedömning per kluster</figcaption>")
            .contains("<svg class=\"diagram\" role=\"img\"")
            // The browser's own serialisation: the respondent's text is text, not a <b>
            // element.
            .contains("Svar: &lt;b&gt;&amp;\"x\"")
            .doesNotContain("<b>");
    }

    @Test
    void rendersOnAPhoneSizedScreen() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        chromium("--screenshot=" + SCREENSHOT, "--window-size=412,915", "--hide-scrollbars", page.toUri().toString());

        assertThat(SCREENSHOT).exists();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(5_000);
    }

    /**
     * At a phone's width (390 px) every table and figure caption lies wholly inside the
     * screen, whatever the width of its table, and no chart text is drawn under 11 px.
     * Measured in the browser (getBoundingClientRect) by a script added to a copy of the
     * page.
     */
    @Test
    void atPhoneWidthEveryCaptionIsVisibleAndChartTextIsReadable() throws Exception {
        String html = Files.readString(page, java.nio.charset.StandardCharsets.UTF_8);
        // Headless Chromium's window is at least 500 px wide: the page itself is made a
        // phone's width.
        String probe = "<style>html{width:390px}</style><script>(function(){var bad=[],small=[],"
                + "w=document.documentElement.getBoundingClientRect().width;"
                + "document.querySelectorAll('.tabellrubrik,figcaption').forEach(function(c){"
                + "var r=c.getBoundingClientRect();if(r.left<-0.5||r.right>w+0.5||r.width<1)bad.push(c.textContent.slice(0,40));});"
                + "document.querySelectorAll('svg.diagram').forEach(function(s){"
                + "var k=s.getBoundingClientRect().width/s.viewBox.baseVal.width;"
                + "s.querySelectorAll('text').forEach(function(t){var px=parseFloat(t.getAttribute('font-size'))*k;"
                + "if(px<10.99)small.push(px.toFixed(1));});});"
                + "var p=document.createElement('pre');p.id='matning';p.textContent='bredd='+w+';skymda='+bad.length+':'+bad.join('|')"
                + "+';smatext='+small.length;document.body.appendChild(p);})();</script>";
        Path probed = dir.resolve("mätning.html");
        Files.writeString(probed, html.replace("</body>", probe + "</body>"), java.nio.charset.StandardCharsets.UTF_8);

        String dom = chromium("--window-size=500,844", "--dump-dom", probed.toUri().toString());

        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<pre id=\"matning\">([^<]*)</pre>").matcher(dom);
        assertThat(m.find()).as(dom).isTrue();
        assertThat(m.group(1)).startsWith("bredd=390;").contains(";skymda=0:;").endsWith(";smatext=0");
    }

    /**
     * Runs headless Chromium with no network, no profile and no first-run work; returns
     * stdout.
     */
    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + dir.resolve("profil")));
        command.addAll(List.of(args));
        Path log = dir.resolve("chromium.log");
        Path stdout = dir.resolve("chromium.out");
        // Output to files, so a browser that hangs cannot block the test past its time
        // limit.
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium svarade inte inom 90 s");
        }
        assertThat(p.exitValue()).as("chromium avslutades med fel: %s", Files.readString(log)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

}
