package se.ukrapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.support.Console;
import se.ukrapport.app.UkRapport;

/**
 * Keeps the benchmark tooling working: the scale generator's output must be accepted by
 * the pipeline, and bench/run.sh must at least parse its arguments. No timing is asserted
 * here; the numbers live in BENCHMARKS.md.
 */
class BenchmarkSmokeTests {

    @Test
    void generatedCorpusIsAcceptedByThePipeline(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input");
        ScaleCorpusGenerator.Summary summary = ScaleCorpusGenerator.generate(input, 16, 1, 7L);
        assertThat(summary.municipalities()).isEqualTo(16);
        try (Stream<Path> docs = Files.list(input.resolve("strategier"))) {
            assertThat(docs.map(p -> p.getFileName().toString().replaceAll(".*\\.", "")).distinct())
                .containsExactlyInAnyOrder("docx", "pdf", "txt");
        }

        // A scratch working directory of its own, so the run has a fresh job repository.
        Path workDir = Files.createDirectories(dir.resolve("wd"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new UkRapport(console, workDir).run(new String[] { "--input=" + input.toAbsolutePath(),
                "--output=" + dir.resolve("output").toAbsolutePath(), "--alla" });

        assertThat(code).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(dir.resolve("output/slutrapport.pdf")).isRegularFile();
    }

    @Test
    void sameSeedGivesTheSameCorpus(@TempDir Path dir) throws Exception {
        ScaleCorpusGenerator.generate(dir.resolve("a"), 8, 1, 42L);
        ScaleCorpusGenerator.generate(dir.resolve("b"), 8, 1, 42L);
        for (String f : new String[] { "kommuner.csv", "enkat/enkat-2011.csv", "rattelser.csv", "ees/ees-2010.xlsx" }) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
                .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
    }

    @Test
    void benchScriptAnswersHelpAndDryRun() throws Exception {
        for (String flag : new String[] { "--help", "--dry-run" }) {
            Process p = new ProcessBuilder("bash", "bench/run.sh", flag).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(flag + ": " + text).isZero();
            assertThat(text).contains(flag.equals("--help") ? "Usage: bench/run.sh" : "2900x10");
        }
    }

}
