package se.ukrapport.ingest.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import se.ukrapport.ingest.PoiLimits;
import se.ukrapport.domain.targets.StrategyText;
import se.ukrapport.domain.targets.TextBlock;

/**
 * Reads a strategy document (.docx, .pdf, .txt) into text blocks. Every failure of the
 * underlying libraries becomes an {@link UnreadableDocumentException} with a Swedish
 * reason, so one bad document never stops the run.
 */
public class StrategyTextReader {

    /**
     * The largest strategy document read: 20 MB, far beyond any real one (a few hundred
     * kB).
     */
    public static final long MAX_BYTES = 20_000_000L;

    public StrategyText read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(name, "filen finns inte");
        }
        String ext = extension(name);
        try {
            if (Files.size(file) > MAX_BYTES) {
                // No municipality's strategy is that long; reading it would only hold the
                // run up.
                throw new UnreadableDocumentException(name, "dokumentet är större än " + MAX_BYTES / 1_000_000 + " MB ("
                        + Files.size(file) / 1_000_000 + " MB); en strategi är några hundra kB");
            }
        }
        catch (java.io.IOException e) {
            throw new UnreadableDocumentException(name, "filen kan inte läsas: " + e.getMessage(), e);
        }
        PoiLimits.apply();
        List<TextBlock> blocks;
        try {
            blocks = switch (ext) {
                case "docx" -> new DocxBlockReader().read(file);
                case "pdf" -> new PdfBlockReader().read(file);
                case "txt" -> new PlainTextBlockReader().read(file);
                default -> throw new UnreadableDocumentException(name,
                        "okänt filformat \"." + ext + "\" (docx, pdf eller txt väntas)");
            };
        }
        catch (UnreadableDocumentException e) {
            String refusal = PoiLimits.refusal(e.getCause());
            if (refusal != null) {
                throw new UnreadableDocumentException(name, refusal, e.getCause());
            }
            throw e.file().equals(name) ? e : new UnreadableDocumentException(name, e.reason(), e.getCause());
        }
        catch (RuntimeException | java.io.IOException | LinkageError e) {
            String refusal = PoiLimits.refusal(e);
            if (refusal != null) {
                throw new UnreadableDocumentException(name, refusal, e);
            }
            // POI and OpenPDF throw many unchecked types on damaged files; none may
            // escape raw.
            throw new UnreadableDocumentException(name,
                    "filen är skadad eller har ett oväntat innehåll (" + e.getClass().getSimpleName() + ")", e);
        }
        return new StrategyText(name, blocks);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

}
