package se.ukrapport.render.pdf;

import java.nio.file.Path;
import java.util.List;

import se.ukrapport.render.pdf.PdfValidation.FileResult;

/**
 * {@code --validera} for one folder (the staging folder of a run, or output/ when nothing
 * changed): writes kvalitet/pdf-validering.txt and returns the console line.
 * Non-conformance is reported, not an error: the run still ends with exit code 0, as
 * cli.md asks "also write validation reports".
 */
public final class ReportValidation {

    private ReportValidation() {
    }

    public static String run(Path folder, int year, String fingerprint, String version) {
        List<String> heading = List.of("Rapportår " + year + ", indata med kontrollsumma "
                + fingerprint.substring(0, Math.min(16, fingerprint.length())) + ", uk-rapport " + version + ".");
        List<FileResult> results = new PdfFolderValidation(new PdfValidator()).validateAndWrite(folder, heading);
        return PdfValidationReport.consoleLine(results, PdfFolderValidation.reportPath());
    }

}
