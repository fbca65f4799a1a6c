package se.ukrapport.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package so the same content gives the same bytes: every zip entry
 * gets the report's date as its time (POI writes the clock there), and dates in core
 * properties — also of embedded workbooks — are set to the report's date. Entry order is
 * kept.
 */
public final class DeterministicZip {

    private static final Pattern W3CDTF = Pattern
        .compile("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)");

    private DeterministicZip() {
    }

    /**
     * Writes an entry's content in place of the bytes it had (DocxWriter's streamed table
     * rows).
     */
    @FunctionalInterface
    public interface Rewrite {

        void write(byte[] content, OutputStream zip) throws IOException;

    }

    public static byte[] normalise(byte[] zip, LocalDate date) {
        return normalise(zip, date, Map.of());
    }

    /**
     * @param rewrites by entry name: content written in place of the entry's bytes
     */
    public static byte[] normalise(byte[] zip, LocalDate date, Map<String, Rewrite> rewrites) {
        LocalDate d = date == null ? LocalDate.of(2000, 1, 1) : date;
        long time = LocalDateTime.of(d, java.time.LocalTime.NOON)
            .atZone(java.time.ZoneOffset.UTC)
            .toInstant()
            .toEpochMilli();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                String name = e.getName();
                if (name.endsWith("core.xml")) {
                    content = W3CDTF.matcher(new String(content, StandardCharsets.UTF_8))
                        .replaceAll("$1" + d + "T00:00:00Z$3")
                        .getBytes(StandardCharsets.UTF_8);
                }
                else if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
                    content = normalise(content, d, Map.of());
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(time);
                out.putNextEntry(copy);
                Rewrite rewrite = rewrites.get(name);
                if (rewrite == null) {
                    out.write(content);
                }
                else {
                    rewrite.write(content, out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
