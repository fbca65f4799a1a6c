package se.ukrapport.ingest.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import se.ukrapport.domain.targets.TextBlock;

/**
 * Text PDFs via OpenPDF, page by page; layout lines are re-joined by
 * {@link LineBlockBuilder}.
 */
class PdfBlockReader {

    private static final byte[] PDF_MAGIC = "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Fewer letters than this in the whole document means there is no usable text layer.
     */
    private static final int MIN_LETTERS = 20;

    List<TextBlock> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        checkMagic(file, name);
        PdfReader reader;
        try {
            reader = new PdfReader(file.toString());
        }
        catch (BadPasswordException e) {
            throw new UnreadableDocumentException(name, "PDF-filen är krypterad (lösenordsskyddad)", e);
        }
        catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, "filen är inte en giltig PDF", e);
        }
        try {
            if (reader.isEncrypted() && !reader.isOpenedWithFullPermissions()) {
                throw new UnreadableDocumentException(name, "PDF-filen är krypterad (lösenordsskyddad)");
            }
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> lines = new ArrayList<>();
            int letters = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String text = extractor.getTextFromPage(page);
                if (text == null) {
                    continue;
                }
                letters += (int) text.codePoints().filter(Character::isLetter).count();
                lines.addAll(text.lines().toList());
            }
            if (letters < MIN_LETTERS) {
                throw new UnreadableDocumentException(name, "PDF-filen har inget textlager (inskannad?)");
            }
            return LineBlockBuilder.build(lines);
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(name, "texten i PDF-filen kan inte tas ut", e);
        }
        finally {
            reader.close();
        }
    }

    private static void checkMagic(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!start.contains(new String(PDF_MAGIC, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            throw new UnreadableDocumentException(name, "filen är inte en giltig PDF");
        }
    }

}
