package se.ukrapport.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.validators.ValidatorConfigBuilder;

import se.ukrapport.render.pdf.PdfValidation.Failure;
import se.ukrapport.render.pdf.PdfValidation.Flavour;
import se.ukrapport.render.pdf.PdfValidation.Result;

/**
 * Checks a PDF against PDF/UA-1 and PDF/A-1a with veraPDF's machine-checkable rules. The
 * foundry is set up on first use only, so a run without {@code --validera} never loads
 * veraPDF (its profiles and the JavaScript engine take one to two seconds). veraPDF keeps
 * its per-document state in thread-locals, so validations on different threads do not
 * disturb each other.
 */
public final class PdfValidator {

    /**
     * veraPDF's rules answer in objects: one failed check per object, only the first one
     * is kept.
     */
    private static final int FAILED_CHECKS_KEPT_PER_RULE = 1;

    /** Initialised by the JVM on first access: lazily, once, and safely under threads. */
    private static final class Foundry {

        static final VeraPDFFoundry INSTANCE = create();

        private static VeraPDFFoundry create() {
            VeraGreenfieldFoundryProvider.initialise();
            return Foundries.defaultInstance();
        }

    }

    /**
     * veraPDF's version, from its jar's Maven metadata (read without starting veraPDF).
     */
    public static String veraPdfVersion() {
        try (var in = PDFAValidator.class
            .getResourceAsStream("/META-INF/maven/org.verapdf/validation-model/pom.properties")) {
            if (in == null) {
                return "(okänd version)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(okänd version)");
        }
        catch (IOException e) {
            return "(okänd version)";
        }
    }

    /** Both flavours, in the order of {@link Flavour}. */
    public List<Result> validate(byte[] pdf) {
        List<Result> results = new ArrayList<>();
        for (Flavour f : Flavour.values()) {
            results.add(validate(pdf, f));
        }
        return results;
    }

    /** Both flavours of a file; {@link UnreadablePdfException} if it cannot be read. */
    public List<Result> validate(Path file) {
        try {
            return validate(Files.readAllBytes(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result validate(byte[] pdf, Flavour flavour) {
        PDFAFlavour vera = vera(flavour);
        VeraPDFFoundry foundry = Foundry.INSTANCE;
        try (PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), vera);
                PDFAValidator validator = foundry.createValidator(new ValidatorConfigBuilder().flavour(vera)
                    .recordPasses(false)
                    .maxNumberOfDisplayedFailedChecks(FAILED_CHECKS_KEPT_PER_RULE)
                    .showErrorMessages(false)
                    .build())) {
            ValidationResult result = validator.validate(parser);
            return convert(flavour, result);
        }
        catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new UnreadablePdfException(
                    "veraPDF kunde inte läsa PDF-filen för " + flavour.label() + ": " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (Exception e) {
            // PDFAParser.close() is declared to throw Exception.
            throw new IllegalStateException("veraPDF avbröt valideringen (" + flavour.label() + "): " + e, e);
        }
    }

    private static Result convert(Flavour flavour, ValidationResult result) {
        Map<RuleId, TestAssertion> first = new HashMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
                first.merge(a.getRuleId(), a, (x, y) -> x.getOrdinal() <= y.getOrdinal() ? x : y);
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
            RuleId id = failed.getKey();
            Rule rule = result.getValidationProfile().getRuleByRuleId(id);
            TestAssertion a = first.get(id);
            String description = rule != null ? rule.getDescription() : a != null ? a.getMessage() : "";
            String context = a == null || a.getLocation() == null ? "" : a.getLocation().getContext();
            failures.add(new Failure(id.getClause(), id.getTestNumber(), oneLine(description), failed.getValue(),
                    oneLine(context)));
        }
        failures.sort(Comparator.comparing(Failure::clause, PdfValidator::compareClauses)
            .thenComparingInt(Failure::testNumber));
        int rules = result.getValidationProfile().getRules().size();
        return new Result(flavour, result.isCompliant(), rules, result.getTotalAssertions(), failures);
    }

    /**
     * "6.2.10" after "6.2.9": clauses compare part by part, numerically where both parts
     * are numbers.
     */
    static int compareClauses(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static PDFAFlavour vera(Flavour flavour) {
        switch (flavour) {
            case PDF_UA_1:
                return PDFAFlavour.PDFUA_1;
            case PDF_A_1A:
                return PDFAFlavour.PDFA_1_A;
            default:
                throw new IllegalArgumentException(flavour.name());
        }
    }

    /** veraPDF could not parse the file at all (damaged, encrypted, not a PDF). */
    public static final class UnreadablePdfException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadablePdfException(String message, Throwable cause) {
            super(message, cause);
        }

    }

}
