package se.ukrapport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import se.ukrapport.render.pdf.PdfValidation.Failure;
import se.ukrapport.render.pdf.PdfValidation.FileResult;
import se.ukrapport.render.pdf.PdfValidation.Flavour;
import se.ukrapport.render.pdf.PdfValidation.Result;

/**
 * veraPDF on a PDF that is known not to conform: OpenPDF's default output has no tags, no
 * XMP, Helvetica.
 */
class PdfValidatorTests {

    private static final PdfValidator validator = new PdfValidator();

    private static byte[] untagged;

    private static List<Result> results;

    @BeforeAll
    static void validateAnUntaggedPdf() {
        untagged = untaggedPdf("Hej");
        results = validator.validate(untagged);
    }

    static byte[] untaggedPdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(text));
        doc.close();
        return out.toByteArray();
    }

    private static Result result(Flavour flavour) {
        return results.stream().filter(r -> r.flavour() == flavour).findFirst().orElseThrow();
    }

    private static List<String> ids(Result r) {
        return r.failures().stream().map(Failure::id).toList();
    }

    @Test
    void bothFlavoursAreCheckedInOrder() {
        assertThat(results).extracting(Result::flavour).containsExactly(Flavour.PDF_UA_1, Flavour.PDF_A_1A);
        for (Result r : results) {
            assertThat(r.rulesChecked()).isGreaterThan(50);
            assertThat(r.checks()).isPositive();
            assertThat(r.rulesPassed() + r.rulesFailed()).isEqualTo(r.rulesChecked());
        }
    }

    @Test
    void untaggedPdfFailsPdfUa1OnStructureTaggingLanguageMetadataAndFonts() {
        Result ua = result(Flavour.PDF_UA_1);
        assertThat(ua.compliant()).isFalse();
        // 6.2: MarkInfo/Marked; 7.1-3: untagged content; 7.1-8: no XMP; 7.1-10:
        // DisplayDocTitle;
        // 7.1-11: no StructTreeRoot; 7.2-34: no language; 7.21.4.1: Helvetica not
        // embedded.
        assertThat(ids(ua)).contains("6.2-1", "7.1-3", "7.1-8", "7.1-10", "7.1-11", "7.2-34", "7.21.4.1-1");
        Failure content = ua.failures().get(ids(ua).indexOf("7.1-3"));
        assertThat(content.description()).contains("Artifact");
        assertThat(content.occurrences()).isPositive();
        assertThat(content.firstContext()).startsWith("root/document[0]/pages[0]");
    }

    @Test
    void untaggedPdfFailsPdfA1aOnMetadataStructureAndFonts() {
        Result a = result(Flavour.PDF_A_1A);
        assertThat(a.compliant()).isFalse();
        // 6.7.2: no XMP metadata; 6.8.2.2: not marked; 6.8.3.3: no structure tree; 6.3.4:
        // font not embedded.
        assertThat(ids(a)).contains("6.7.2-1", "6.8.2.2-1", "6.8.3.3-1", "6.3.4-1");
    }

    @Test
    void failuresAreInClauseOrder() {
        for (Result r : results) {
            List<Failure> sorted = r.failures()
                .stream()
                .sorted((x, y) -> x.clause().equals(y.clause()) ? Integer.compare(x.testNumber(), y.testNumber())
                        : PdfValidator.compareClauses(x.clause(), y.clause()))
                .toList();
            assertThat(r.failures()).isEqualTo(sorted);
        }
        assertThat(PdfValidator.compareClauses("6.2.10", "6.2.9")).isPositive();
        assertThat(PdfValidator.compareClauses("7.1", "7.21.4.1")).isNegative();
        assertThat(PdfValidator.compareClauses("6.2", "6.2.1")).isNegative();
    }

    @Test
    void theSameBytesGiveTheSameResultAndTheSameReport() {
        List<Result> again = validator.validate(untagged.clone());
        assertThat(again).isEqualTo(results);
        List<FileResult> one = List.of(new FileResult("slutrapport.pdf", results));
        List<FileResult> two = List.of(new FileResult("slutrapport.pdf", again));
        assertThat(PdfValidationReport.format(List.of("Rapportår 2011"), "1.0", two))
            .isEqualTo(PdfValidationReport.format(List.of("Rapportår 2011"), "1.0", one));
    }

    @Test
    void textReportHasSwedishHeadingsPerFileAndFlavour() {
        String text = PdfValidationReport.format(List.of("Rapportår 2011, indata abc123"),
                PdfValidator.veraPdfVersion(), List.of(new FileResult("slutrapport.pdf", results)));
        assertThat(text).startsWith("PDF-validering av rapportens PDF-filer\nRapportår 2011, indata abc123\n")
            .contains("Kontrollerat med veraPDF 1.")
            .containsPattern(
                    "\n  slutrapport\\.pdf: PDF/UA-1 \\d+ regler inte uppfyllda; PDF/A-1a \\d+ regler inte uppfyllda\n")
            .contains("\nslutrapport.pdf – PDF/UA-1: uppfyller inte PDF/UA-1\n")
            .contains("\nslutrapport.pdf – PDF/A-1a: uppfyller inte PDF/A-1a\n")
            .contains("  Regler: " + result(Flavour.PDF_UA_1).rulesChecked() + " kontrollerade, ")
            .containsPattern("  Regel 7\\.1-3 \\(avsnitt 7\\.1, test 3\\), \\d+ förekomst(er)?: Content shall be")
            .contains("    första förekomst: root/document[0]/pages[0]")
            .doesNotContain("uppfyller PDF/UA-1");
    }

    @Test
    void aConformingResultIsWordedAsSuch() {
        FileResult clean = new FileResult("kapitel/kap01.pdf",
                List.of(new Result(Flavour.PDF_UA_1, true, 106, 500, List.of()),
                        new Result(Flavour.PDF_A_1A, true, 135, 900, List.of())));
        String text = PdfValidationReport.format(List.of(), "1.28.2", List.of(clean));
        assertThat(text).contains("Resultat: 1 fil, inga avvikelser (")
            .contains("  kapitel/kap01.pdf: PDF/UA-1 uppfylls; PDF/A-1a uppfylls\n")
            .contains("kapitel/kap01.pdf – PDF/UA-1: uppfyller PDF/UA-1\n")
            .contains("kapitel/kap01.pdf – PDF/A-1a: uppfyller PDF/A-1a\n")
            .contains("  Regler: 135 kontrollerade, 135 uppfyllda, 0 inte uppfyllda");
        assertThat(PdfValidationReport.consoleLine(List.of(clean, clean), "kvalitet/pdf-validering.txt"))
            .isEqualTo("PDF-validering: 2 filer, inga avvikelser.");
        FileResult failed = new FileResult("slutrapport.pdf", results);
        int rules = failed.rulesFailed();
        assertThat(PdfValidationReport.consoleLine(List.of(failed, clean), "kvalitet/pdf-validering.txt"))
            .isEqualTo("PDF-validering: " + rules + " avvikelser i 1 av 2 filer, se kvalitet/pdf-validering.txt.");
    }

    @Test
    void somethingThatIsNotAPdfIsReportedInSwedish() {
        assertThatThrownBy(() -> validator.validate("inte en pdf".getBytes(StandardCharsets.UTF_8), Flavour.PDF_UA_1))
            .isInstanceOf(PdfValidator.UnreadablePdfException.class)
            .hasMessageStartingWith("veraPDF kunde inte läsa PDF-filen för PDF/UA-1");
    }

    @Test
    void aFolderIsValidatedReportFirstAndTheTextReportWrittenBesideIt(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("kapitel"));
        Files.write(folder.resolve("kapitel/kap02.pdf"), untaggedPdf("Kapitel 2"));
        Files.write(folder.resolve("kapitel/kap01.pdf"), untaggedPdf("Kapitel 1"));
        Files.write(folder.resolve("kapitel/kap01.docx"), new byte[] { 1 });
        Files.write(folder.resolve("slutrapport.pdf"), untagged);
        List<FileResult> found = new PdfFolderValidation(validator).validateAndWrite(folder, List.of("Rubrik"));
        assertThat(found).extracting(FileResult::name)
            .containsExactly("slutrapport.pdf", "kapitel/kap01.pdf", "kapitel/kap02.pdf");
        Path report = folder.resolve("kvalitet/pdf-validering.txt");
        assertThat(Files.readString(report)).contains("kapitel/kap02.pdf – PDF/A-1a: uppfyller inte PDF/A-1a");
        try (Stream<Path> left = Files.list(folder.resolve("kvalitet"))) {
            assertThat(left).containsExactly(report);
        }
    }

    @Test
    void anUnreadableFileLeavesThePreviousReportAsItWas(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("kvalitet"));
        Path report = folder.resolve("kvalitet/pdf-validering.txt");
        Files.writeString(report, "förra rapporten");
        Files.writeString(folder.resolve("slutrapport.pdf"), "trasig");
        assertThatThrownBy(() -> new PdfFolderValidation(validator).validateAndWrite(folder, List.of()))
            .isInstanceOf(PdfValidator.UnreadablePdfException.class)
            .hasMessageStartingWith("slutrapport.pdf: ");
        assertThat(Files.readString(report)).isEqualTo("förra rapporten");
        try (Stream<Path> left = Files.list(folder.resolve("kvalitet"))) {
            assertThat(left).containsExactly(report);
        }
    }

}
