package se.ukrapport.render.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's typeface, Liberation Sans (from Debian's fonts-liberation2, SIL Open Font
 * Licence, shipped in the jar), loaded once. It has å, ä, ö, en dash, no-break space and
 * U+2212, and its advance widths are Arial's by design: the PDF embeds it and the Word
 * edition names it Arial ({@link #WORD_FAMILY}), so both editions break lines and pages
 * alike (LibreOffice shows Arial as Liberation Sans).
 */
public final class ReportFonts {

    public static final String REGULAR = "/fonts/LiberationSans-Regular.ttf";

    public static final String BOLD = "/fonts/LiberationSans-Bold.ttf";

    public static final String ITALIC = "/fonts/LiberationSans-Italic.ttf";

    /** The family the Word edition names: metric-compatible with the embedded font. */
    public static final String WORD_FAMILY = "Arial";

    private static final byte[] REGULAR_BYTES = load(REGULAR);

    private static final byte[] BOLD_BYTES = load(BOLD);

    private static final byte[] ITALIC_BYTES = load(ITALIC);

    private static final Font AWT_REGULAR = awt(REGULAR_BYTES);

    private static final Font AWT_BOLD = awt(BOLD_BYTES);

    private ReportFonts() {
    }

    public static byte[] regularBytes() {
        return REGULAR_BYTES;
    }

    public static byte[] boldBytes() {
        return BOLD_BYTES;
    }

    public static byte[] italicBytes() {
        return ITALIC_BYTES;
    }

    /**
     * Lines a text takes, broken at spaces, in the regular face at {@code size} within
     * {@code width} points.
     */
    public static int lines(String text, float size, float width) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, false, true);
        Font font = AWT_REGULAR.deriveFont(size);
        int lines = 1;
        double used = 0;
        double space = font.getStringBounds(" ", frc).getWidth();
        for (String word : text.split(" ")) {
            double w = font.getStringBounds(word, frc).getWidth();
            if (used > 0 && used + space + w > width) {
                lines++;
                used = w;
            }
            else {
                used += (used > 0 ? space : 0) + w;
            }
        }
        return lines;
    }

    public static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static byte[] load(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet " + resource + " saknas i programmet");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        }
        catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Typsnittet kan inte läsas", e);
        }
    }

}
