package se.ukrapport.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import se.ukrapport.render.ReportRendering;
import se.ukrapport.render.pdf.PdfValidation.FileResult;

/**
 * {@code --validera}: checks the report's PDF files in an output (or staging) folder —
 * slutrapport.pdf and every kapitel/*.pdf — and writes
 * {@code kvalitet/pdf-validering.txt} beside them. The report is written to a temporary
 * file in the same folder and moved into place, so a failure half-way never leaves a
 * truncated report in a published output folder.
 */
public final class PdfFolderValidation {

    public static final String QUALITY = "kvalitet";

    private final PdfValidator validator;

    public PdfFolderValidation(PdfValidator validator) {
        this.validator = validator;
    }

    /**
     * slutrapport.pdf first, then kapitel/*.pdf by name: the report's order does not
     * depend on the file system.
     */
    public static List<Path> reportFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        Path report = folder.resolve(ReportRendering.REPORT + ".pdf");
        if (Files.isRegularFile(report)) {
            files.add(report);
        }
        Path chapters = folder.resolve(ReportRendering.CHAPTERS);
        if (Files.isDirectory(chapters)) {
            try (Stream<Path> s = Files.list(chapters)) {
                s.filter(p -> p.getFileName().toString().endsWith(".pdf") && Files.isRegularFile(p))
                    .sorted()
                    .forEach(files::add);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Validates every report file of the folder; names are relative to it, with '/'. */
    public List<FileResult> validate(Path folder) {
        List<FileResult> results = new ArrayList<>();
        for (Path file : reportFiles(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            try {
                results.add(new FileResult(name, validator.validate(file)));
            }
            catch (PdfValidator.UnreadablePdfException e) {
                throw new PdfValidator.UnreadablePdfException(name + ": " + e.getMessage(), e);
            }
        }
        return results;
    }

    /**
     * Validates and writes {@code kvalitet/pdf-validering.txt}; returns what was found.
     */
    public List<FileResult> validateAndWrite(Path folder, List<String> heading) {
        List<FileResult> results = validate(folder);
        String text = PdfValidationReport.format(heading, PdfValidator.veraPdfVersion(), results);
        writeAtomically(folder.resolve(QUALITY).resolve(PdfValidationReport.FILE), text);
        return results;
    }

    /** The report's path as the console names it, relative to the output folder. */
    public static String reportPath() {
        return QUALITY + "/" + PdfValidationReport.FILE;
    }

    /**
     * Only one run holds the output folder (its lock), so a fixed temporary name beside
     * the target is safe.
     */
    static void writeAtomically(Path target, String text) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            }
            catch (IOException ignored) {
                // the failure that brought us here is the one to report
            }
            throw new UncheckedIOException(e);
        }
    }

}
