package se.ukrapport.render.pdf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

/**
 * Completes the CIDSet of every embedded TrueType CID font. In PDF/A mode OpenPDF writes
 * a CIDSet of the glyphs the text uses, but its font subset keeps the font's whole glyph
 * table (glyphs not used are empty, and .notdef and the parts of composite glyphs such as
 * "å" are kept whole), and PDF/UA-1 (7.21.4.2) requires the CIDSet to name every glyph
 * the font program has. With Identity-H a CID is a glyph id, so the complete set is every
 * id below the font's glyph count. The new CIDSets are appended as an incremental update
 * with OpenPDF's stamper (PDF/A allows it, and rewriting the whole file cost a quarter of
 * the PDF step), keeping metadata, dates and file id, so the same report still gives the
 * same bytes.
 */
final class CidSetCompletion {

    private CidSetCompletion() {
    }

    static byte[] apply(byte[] pdf, Calendar date, byte[] fileId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
        return complete(new RandomAccessFileOrArray(pdf), out, date, fileId) ? out.toByteArray() : pdf;
    }

    /**
     * {@link #apply(byte[], Calendar, byte[])} from one file into another, the same
     * bytes: the completed file is written as it is made, not held in memory.
     */
    static void apply(Path pdf, Path completed, Calendar date, byte[] fileId) throws IOException {
        // Read whole. OpenPDF reads a file opened for random access a byte per system
        // call: a large report's PDF step took about four times as long. And Windows may
        // refuse to delete a mapped file until the collector has let go of the mapping.
        byte[] draft = Files.readAllBytes(pdf);
        boolean appended;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(completed), 1 << 16)) {
            appended = complete(new RandomAccessFileOrArray(draft), out, date, fileId);
        }
        if (!appended) {
            Files.write(completed, draft);
        }
    }

    /**
     * Writes the PDF with its CIDSets completed to {@code out}; false, with nothing
     * written, when none needed it.
     */
    private static boolean complete(RandomAccessFileOrArray pdf, OutputStream out, Calendar date, byte[] fileId) {
        try {
            // Partial reading: only the objects visited below are parsed, not the
            // structure tree's hundred thousand elements of a large report.
            PdfReader reader = new PdfReader(pdf, null);
            List<PdfObject> changed = new ArrayList<>();
            for (PdfIndirectReference ref : fontDescriptors(reader)) {
                PdfDictionary d = (PdfDictionary) PdfReader.getPdfObject(ref);
                if (d.get(PdfName.CIDSET) == null || d.get(PdfName.FONTFILE2) == null) {
                    continue;
                }
                PRStream cidSet = (PRStream) PdfReader.getPdfObject(d.get(PdfName.CIDSET));
                byte[] font = PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(d.get(PdfName.FONTFILE2)));
                cidSet.setData(allGlyphs(glyphCount(font)));
                changed.add(d.get(PdfName.CIDSET));
            }
            if (changed.isEmpty()) {
                reader.close();
                return false;
            }
            byte[] xmp = reader.getMetadata();
            // An incremental update: only the new CIDSets and a cross-reference section
            // are appended.
            PdfStamper stamper = new PdfStamper(reader, out, '\0', true);
            changed.forEach(stamper::markUsed);
            // The appended trailer needs the information dictionary again: the same
            // entries.
            stamper.setInfoDictionary(reader.getInfo());
            stamper.setUpdateMetadata(false);
            stamper.setEnforcedModificationDate(date);
            if (xmp != null) {
                stamper.setXmpMetadata(xmp);
            }
            stamper.setOverrideFileId(PdfEncryption.createInfoId(fileId, fileId));
            stamper.close();
            reader.close();
            return true;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (DocumentException e) {
            throw new IllegalStateException("PDF kan inte skapas: " + e.getMessage(), e);
        }
    }

    /**
     * The font descriptors of every font the pages use, in their resources or in those of
     * the form XObjects they draw (charts, the table of contents' page numbers), each
     * once.
     */
    static Set<PdfIndirectReference> fontDescriptors(PdfReader reader) {
        Set<PdfIndirectReference> found = new LinkedHashSet<>();
        Set<Integer> visited = new HashSet<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            collect(reader.getPageN(page).get(PdfName.RESOURCES), visited, found);
        }
        return found;
    }

    private static void collect(PdfObject resourcesObject, Set<Integer> visited, Set<PdfIndirectReference> found) {
        if (!firstVisit(resourcesObject, visited)) {
            return;
        }
        PdfDictionary resources = (PdfDictionary) PdfReader.getPdfObject(resourcesObject);
        if (resources == null) {
            return;
        }
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName key : fonts.getKeys()) {
                PdfObject fontObject = fonts.get(key);
                if (!firstVisit(fontObject, visited)) {
                    continue;
                }
                PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fontObject);
                PdfArray descendants = font == null ? null : font.getAsArray(PdfName.DESCENDANTFONTS);
                for (int i = 0; descendants != null && i < descendants.size(); i++) {
                    PdfDictionary cidFont = descendants.getAsDict(i);
                    PdfObject descriptor = cidFont == null ? null : cidFont.get(PdfName.FONTDESCRIPTOR);
                    if (descriptor != null && descriptor.isIndirect()) {
                        found.add((PdfIndirectReference) descriptor);
                    }
                }
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName key : xobjects.getKeys()) {
                PdfObject xobject = xobjects.get(key);
                PdfObject form = PdfReader.getPdfObject(xobject);
                if (form instanceof PdfDictionary d && PdfName.FORM.equals(d.get(PdfName.SUBTYPE))
                        && firstVisit(xobject, visited)) {
                    collect(d.get(PdfName.RESOURCES), visited, found);
                }
            }
        }
    }

    /**
     * False for an indirect object already visited; direct objects are always visited.
     */
    private static boolean firstVisit(PdfObject o, Set<Integer> visited) {
        return o == null || !o.isIndirect() || visited.add(((PdfIndirectReference) o).getNumber());
    }

    /** numGlyphs of the TrueType program's maxp table. */
    static int glyphCount(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xFFFF;
        for (int k = 0; k < tables; k++) {
            int entry = 12 + 16 * k;
            if (new String(font, entry, 4, StandardCharsets.ISO_8859_1).equals("maxp")) {
                return b.getShort(b.getInt(entry + 8) + 4) & 0xFFFF;
            }
        }
        throw new IllegalStateException("Typsnittet saknar tabellen maxp");
    }

    /** A CIDSet bit string (most significant bit first) with bits 0 to count − 1 set. */
    static byte[] allGlyphs(int count) {
        byte[] bits = new byte[(count + 7) / 8];
        for (int g = 0; g < count; g++) {
            bits[g / 8] |= (byte) (0x80 >> (g % 8));
        }
        return bits;
    }

}
