package se.ukrapport.render.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's typeface, DejaVu Sans (shipped in the jar, free licence), loaded once: it has å, ä,
 * ö, en dash, no-break space and U+2212, and the PDF embeds it so every reader sees the same text.
 */
public final class ReportFonts {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = load(REGULAR);
    private static final byte[] BOLD_BYTES = load(BOLD);
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

    public static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static byte[] load(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet " + resource + " saknas i programmet");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Typsnittet kan inte läsas", e);
        }
    }
}
