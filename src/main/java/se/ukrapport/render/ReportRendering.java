package se.ukrapport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import se.ukrapport.render.docx.DocxWriter;
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
     * Writes the whole report and the files of the given chapters; returns how many
     * files.
     */
    public static int write(ReportDocument doc, Path outputDir, Format format, Set<String> chapters) {
        int files = 0;
        try {
            Files.createDirectories(outputDir.resolve(CHAPTERS));
            Files.write(outputDir.resolve(REPORT + "." + format.extension), render(doc, format, true));
            files++;
            for (Chapter c : doc.chapters()) {
                if (chapters.contains(c.id())) {
                    Files.write(OutputNames.file(outputDir.resolve(CHAPTERS), c.id(), format.extension, c.id()),
                            render(doc.only(c), format, false));
                    files++;
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] render(ReportDocument doc, Format format, boolean full) {
        if (format == Format.PDF) {
            return new PdfReportWriter().write(doc, full);
        }
        // The Word edition is paginated as the PDF: its stored table of contents takes
        // the PDF's pages.
        return new DocxWriter().write(doc, full, new PdfReportWriter().tocPages(doc, full));
    }

}
