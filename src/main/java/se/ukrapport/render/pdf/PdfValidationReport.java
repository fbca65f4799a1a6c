package se.ukrapport.render.pdf;

import java.util.List;

import se.ukrapport.render.pdf.PdfValidation.Failure;
import se.ukrapport.render.pdf.PdfValidation.FileResult;
import se.ukrapport.render.pdf.PdfValidation.Result;

/**
 * The Swedish text report {@code kvalitet/pdf-validering.txt} and the one console line
 * about it. Nothing in it depends on the clock or the machine, so the same PDF files give
 * the same report; what identifies the run (year, input checksum) comes from the caller's
 * heading.
 */
public final class PdfValidationReport {

    public static final String FILE = "pdf-validering.txt";

    private PdfValidationReport() {
    }

    /**
     * @param heading lines the caller puts first (which report, which input); may be
     * empty
     * @param veraPdf the veraPDF version that checked, as
     * {@link PdfValidator#veraPdfVersion()}
     */
    public static String format(List<String> heading, String veraPdf, List<FileResult> files) {
        StringBuilder sb = new StringBuilder();
        sb.append("PDF-validering av rapportens PDF-filer\n");
        for (String line : heading) {
            sb.append(line).append('\n');
        }
        sb.append("Kontrollerat med veraPDF ")
            .append(veraPdf)
            .append(" mot PDF/UA-1 (ISO 14289-1, de maskinellt ")
            .append("kontrollerbara reglerna) och PDF/A-1a (ISO 19005-1, nivå A).\n");
        sb.append("Resultat: ")
            .append(summary(files))
            .append(" (en avvikelse är en regel som inte uppfylls i en fil).\n");
        if (!files.isEmpty()) {
            sb.append("\nÖversikt\n");
        }
        for (FileResult file : files) {
            sb.append("  ").append(file.name());
            String sep = ": ";
            for (Result r : file.results()) {
                sb.append(sep)
                    .append(r.flavour().label())
                    .append(' ')
                    .append(r.compliant() ? "uppfylls" : r.rulesFailed()
                            + (r.rulesFailed() == 1 ? " regel inte uppfylld" : " regler inte uppfyllda"));
                sep = "; ";
            }
            sb.append('\n');
        }
        for (FileResult file : files) {
            for (Result r : file.results()) {
                String label = r.flavour().label();
                sb.append('\n')
                    .append(file.name())
                    .append(" – ")
                    .append(label)
                    .append(": ")
                    .append(r.compliant() ? "uppfyller " : "uppfyller inte ")
                    .append(label)
                    .append('\n');
                sb.append("  Regler: ")
                    .append(r.rulesChecked())
                    .append(" kontrollerade, ")
                    .append(r.rulesPassed())
                    .append(" uppfyllda, ")
                    .append(r.rulesFailed())
                    .append(" inte uppfyllda (")
                    .append(r.checks())
                    .append(" kontroller av enskilda objekt, ")
                    .append(r.failedChecks())
                    .append(" avvikande).\n");
                for (Failure f : r.failures()) {
                    sb.append("  Regel ")
                        .append(f.id())
                        .append(" (avsnitt ")
                        .append(f.clause())
                        .append(", test ")
                        .append(f.testNumber())
                        .append("), ")
                        .append(f.occurrences())
                        .append(f.occurrences() == 1 ? " förekomst: " : " förekomster: ")
                        .append(f.description())
                        .append('\n');
                    if (!f.firstContext().isEmpty()) {
                        sb.append("    första förekomst: ").append(f.firstContext()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * "18 filer, inga avvikelser" or "34 avvikelser i 18 av 18 filer" (an avvikelse: one
     * rule failed in one file).
     */
    public static String summary(List<FileResult> files) {
        int failed = files.stream().mapToInt(FileResult::rulesFailed).sum();
        long filesWith = files.stream().filter(f -> !f.compliant()).count();
        if (filesWith == 0) {
            return files.size() + (files.size() == 1 ? " fil" : " filer") + ", inga avvikelser";
        }
        return failed + (failed == 1 ? " avvikelse" : " avvikelser") + " i " + filesWith + " av " + files.size()
                + (files.size() == 1 ? " fil" : " filer");
    }

    /** The console line: the summary and, if anything failed, where to read more. */
    public static String consoleLine(List<FileResult> files, String reportPath) {
        if (files.isEmpty()) {
            return "PDF-validering: inga PDF-filer att validera.";
        }
        boolean clean = files.stream().allMatch(FileResult::compliant);
        return "PDF-validering: " + summary(files) + (clean ? "." : ", se " + reportPath + ".");
    }

}
