package se.ukrapport.render.pdf;

import java.util.List;

/**
 * What veraPDF found in one PDF: the result records of {@link PdfValidator}, free of
 * veraPDF's own types.
 */
public final class PdfValidation {

    private PdfValidation() {
    }

    /** The two standards the report's PDF files are meant to meet. */
    public enum Flavour {

        PDF_UA_1("PDF/UA-1"), PDF_A_1A("PDF/A-1a");

        private final String label;

        Flavour(String label) {
            this.label = label;
        }

        /** The standard's usual name, as the text report writes it. */
        public String label() {
            return label;
        }

    }

    /**
     * One file checked against one flavour.
     *
     * @param rulesChecked the rules of veraPDF's profile for the flavour (its
     * machine-checkable rules)
     * @param checks how many times a rule was applied to an object of the file
     * @param failures one entry per failed rule, ordered by clause and test number
     */
    public record Result(Flavour flavour, boolean compliant, int rulesChecked, int checks, List<Failure> failures) {

        public Result {
            failures = List.copyOf(failures);
        }

        public int rulesFailed() {
            return failures.size();
        }

        public int rulesPassed() {
            return rulesChecked - failures.size();
        }

        /** Failed checks over all rules: every object a rule failed on. */
        public int failedChecks() {
            return failures.stream().mapToInt(Failure::occurrences).sum();
        }
    }

    /**
     * A rule that failed.
     *
     * @param clause the clause of the standard, e.g. "7.1" (ISO 14289-1) or "6.7.2" (ISO
     * 19005-1)
     * @param testNumber veraPDF's number of the test within the clause
     * @param description veraPDF's description of the rule (English)
     * @param occurrences on how many objects it failed
     * @param firstContext where it failed first, in veraPDF's object path (e.g.
     * "root/document[0]")
     */
    public record Failure(String clause, int testNumber, String description, int occurrences, String firstContext) {

        /** "7.1-3": how veraPDF and the Matterhorn protocol name a test. */
        public String id() {
            return clause + "-" + testNumber;
        }
    }

    /**
     * All flavours of one file; {@code name} is the file's path relative to the output
     * folder.
     */
    public record FileResult(String name, List<Result> results) {

        public FileResult {
            results = List.copyOf(results);
        }

        public boolean compliant() {
            return results.stream().allMatch(Result::compliant);
        }

        public int rulesFailed() {
            return results.stream().mapToInt(Result::rulesFailed).sum();
        }
    }

}
