package se.ukrapport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.ukrapport.render.docx.DocxWriter;
import se.ukrapport.render.docx.WordChartParts;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.pdf.PdfReportWriter;

/**
 * Writes the report files of output-contract.md from the document model:
 * slutrapport.docx/.pdf and kapitel/&lt;id&gt;.docx/.pdf. Only the chapter files asked
 * for are rendered (the others are kept from the previous output); the whole report is
 * always reassembled from the full model.
 */
public final class ReportRendering {

    public static final String REPORT = "slutrapport";

    public static final String CHAPTERS = "kapitel";

    public enum Format {

        DOCX("docx"), PDF("pdf");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

    }

    /**
     * What the render steps share, between them and from run to run: the PDF step's
     * table-of-contents pages, which the Word step takes, and the Word charts made.
     */
    public record Shared(TocPageNumbers pages, WordChartParts charts) {

        public Shared() {
            this(new TocPageNumbers(), new WordChartParts());
        }

    }

    /**
     * Writes the whole report and the files of the given chapters; returns how many
     * files.
     */
    public static int write(ReportDocument doc, Path outputDir, Format format, Set<String> chapters, Shared shared) {
        List<Chapter> asked = doc.chapters().stream().filter(c -> chapters.contains(c.id())).toList();
        try {
            Files.createDirectories(outputDir.resolve(CHAPTERS));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (format == Format.PDF) {
            return writePdf(doc, outputDir, asked, shared.pages());
        }
        write(outputDir.resolve(REPORT + "." + format.extension), word(doc, doc, TocPageNumbers.REPORT, true, shared));
        for (Chapter c : asked) {
            write(OutputNames.file(outputDir.resolve(CHAPTERS), c.id(), format.extension, c.id()),
                    word(doc, doc.only(c), c.id(), false, shared));
        }
        return 1 + asked.size();
    }

    /**
     * The PDF files, each announced to the Word step as a task that either step may run
     * ({@link TocPageNumbers}).
     */
    private static int writePdf(ReportDocument doc, Path outputDir, List<Chapter> asked, TocPageNumbers pages) {
        List<TocPageNumbers.PdfFile> files = new ArrayList<>();
        files.add(pdfFile(doc, TocPageNumbers.REPORT, outputDir.resolve(REPORT + "." + Format.PDF.extension), true));
        for (Chapter c : asked) {
            files.add(pdfFile(doc.only(c), c.id(),
                    OutputNames.file(outputDir.resolve(CHAPTERS), c.id(), Format.PDF.extension, c.id()), false));
        }
        pages.announce(doc, files);
        try {
            pages.writeAll(doc);
        }
        finally {
            pages.finished(doc);
        }
        return files.size();
    }

    private static TocPageNumbers.PdfFile pdfFile(ReportDocument file, String id, Path path, boolean full) {
        return new TocPageNumbers.PdfFile(id, () -> new PdfReportWriter().writeTo(file, full, path));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word file, with the PDF's table-of-contents pages. */
    private static byte[] word(ReportDocument report, ReportDocument file, String id, boolean full, Shared shared) {
        // The Word edition is paginated as the PDF: its stored table of contents takes
        // the PDF's pages, asked for once the document is built (the PDF step lays the
        // same file out meanwhile).
        return new DocxWriter(shared.charts()).write(file, full,
                () -> shared.pages().of(report, id, () -> new PdfReportWriter().tocPages(file, full)));
    }

}
