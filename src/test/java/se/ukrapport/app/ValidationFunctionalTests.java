package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --validera} on the demo corpus: the PDF files are checked against PDF/UA-1 and
 * PDF/A-1a and the report lands in output/kvalitet/. Conformance itself is not asserted
 * here: the run reports it and still succeeds.
 */
class ValidationFunctionalTests {

    @TempDir
    static Path work;

    private static TestCorpus.Run run;

    private static Path report;

    @BeforeAll
    static void runWithValidation() {
        TestCorpus.copyDemo(work);
        run = TestCorpus.run(work, "--validera");
        report = work.resolve("output/kvalitet/pdf-validering.txt");
    }

    @Test
    void reportNamesEveryPdfAndBothFlavoursAndTheRunSucceeds() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
            .containsPattern("PDF-validering: (\\d+ filer, inga avvikelser\\.|\\d+ avvikelser? i \\d+ av "
                    + "\\d+ filer, se kvalitet/pdf-validering\\.txt\\.)")
            .contains("Klart");
        assertThat(report).exists();
        String text = Files.readString(report);
        assertThat(text).startsWith("PDF-validering av rapportens PDF-filer\nRapportår ")
            .containsPattern("\nslutrapport\\.pdf – PDF/UA-1: uppfyller (inte )?PDF/UA-1\n")
            .containsPattern("\nslutrapport\\.pdf – PDF/A-1a: uppfyller (inte )?PDF/A-1a\n");
        for (String id : ChapterIds.ALL) {
            assertThat(text).contains("\nkapitel/" + id + ".pdf – PDF/UA-1: ", "\nkapitel/" + id + ".pdf – PDF/A-1a: ");
        }
        assertThat(work.resolve(".output.staging")).doesNotExist();
        // historik N keeps the result with the run (issue 17)
        assertThat(TestCorpus.run(work, "historik", "1").out())
            .containsPattern("PDF-validering: (\\d+ filer, inga avvikelser|\\d+ avvikelser?)");
    }

    @Test
    void unchangedInputIsValidatedWhereItIsPublished() throws Exception {
        String first = Files.readString(report);
        Files.delete(report);
        Map<String, String> before = TestCorpus.snapshot(work.resolve("output"));

        TestCorpus.Run again = TestCorpus.run(work, "--validera");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Inget har ändrats").contains("PDF-validering: ").doesNotContain("Skriver");
        // The same PDF files and input give the same report, word for word; nothing else
        // was touched.
        assertThat(Files.readString(report)).isEqualTo(first);
        Map<String, String> after = TestCorpus.snapshot(work.resolve("output"));
        after.remove("kvalitet/pdf-validering.txt");
        assertThat(after).isEqualTo(before);
        try (Stream<Path> left = Files.list(report.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        TestCorpus.Run plain = TestCorpus.run(work);
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("Inget har ändrats").doesNotContain("PDF-validering");
    }

}
