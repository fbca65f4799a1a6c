package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Password-protected strategy PDFs: one protected with an owner password only (as Word's
 * "protected" PDFs are) opens without a password and is read; one that needs a password
 * to open is skipped and listed. Neither puts a stack trace on the console.
 */
class EncryptedStrategyPdfTests {

    @TempDir
    Path work;

    @Test
    void anOwnerPasswordOnlyPdfIsReadAndAUserPasswordPdfIsListed() throws Exception {
        Path strategies = TestCorpus.copyDemo(work).resolve("strategier");
        Path boras = strategies.resolve("Borås.pdf");
        byte[] plain = Files.readAllBytes(boras);
        encrypt(plain, boras, null);
        encrypt(plain, strategies.resolve("Kalmar.pdf"), "hemligt");
        try (var others = Files.list(strategies)) {
            for (Path p : others
                .filter(p -> p.getFileName().toString().startsWith("Kalmar.")
                        && !p.getFileName().toString().equals("Kalmar.pdf"))
                .toList()) {
                Files.delete(p);
            }
        }

        TestCorpus.Run run = TestCorpus.run(work);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain("Exception")
            .doesNotContain("\tat ")
            .doesNotContain("NoClassDefFoundError");
        String rejected = Files.readString(work.resolve("output/kvalitet/avvisade.csv"), StandardCharsets.UTF_8);
        assertThat(rejected)
            .contains("strategier/Kalmar.pdf;0;;Kalmar.pdf;dokumentet hoppas över: PDF-filen är krypterad")
            .doesNotContain("Borås.pdf");
        assertThat(TestCorpus.readCsv(work.resolve("output/data/mal.csv")))
            .anyMatch(r -> "Borås".equals(r.get("kommun")));
    }

    private static void encrypt(byte[] pdf, Path to, String userPassword) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try (OutputStream out = Files.newOutputStream(to)) {
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.setEncryption(userPassword == null ? null : userPassword.getBytes(StandardCharsets.US_ASCII),
                    "agare".getBytes(StandardCharsets.US_ASCII), PdfWriter.ALLOW_PRINTING,
                    PdfWriter.STANDARD_ENCRYPTION_128);
            stamper.close();
        }
        reader.close();
    }

}
