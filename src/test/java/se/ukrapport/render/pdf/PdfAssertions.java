package se.ukrapport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import se.ukrapport.render.pdf.PdfValidation.FileResult;
import se.ukrapport.render.pdf.PdfValidation.Result;

/**
 * For tests that require conforming PDF: fails with the whole Swedish text report as the
 * message, so a failing build names every rule broken, e.g.
 * {@code PdfAssertions.assertConforms(out.resolve("slutrapport.pdf"))}.
 */
public final class PdfAssertions {

    private static final PdfValidator VALIDATOR = new PdfValidator();

    private PdfAssertions() {
    }

    /** No PDF/UA-1 machine-checkable rule and no PDF/A-1a rule fails. */
    public static void assertConforms(Path pdf) {
        List<Result> results = VALIDATOR.validate(pdf);
        String report = PdfValidationReport.format(List.of(), PdfValidator.veraPdfVersion(),
                List.of(new FileResult(pdf.getFileName().toString(), results)));
        for (Result r : results) {
            assertThat(r.failures()).as(report).isEmpty();
            assertThat(r.compliant()).as(report).isTrue();
        }
    }

}
