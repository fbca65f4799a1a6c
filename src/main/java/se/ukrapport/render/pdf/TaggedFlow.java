package se.ukrapport.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The page flow of a tagged PDF. OpenPDF's {@code Document.add} writes no marked content,
 * so a tagged document cannot be laid out through it: every block is laid out here with
 * {@link ColumnText} on the page's direct content, inside a marked-content sequence that
 * ties it to its structure element, and continued on a new page (as a second
 * marked-content sequence of the same element) when it does not fit. Everything drawn
 * that is not content (page numbers, repeated table headers) goes through
 * {@link #artifact}.
 */
final class TaggedFlow {

    static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Document document;

    private final PdfContentByte canvas;

    /** The top of the free space on the current page. */
    private float y;

    TaggedFlow(Document document, PdfWriter writer) {
        this.document = document;
        this.canvas = writer.getDirectContent();
        this.y = document.top();
    }

    PdfContentByte canvas() {
        return canvas;
    }

    float left() {
        return document.left();
    }

    float right() {
        return document.right();
    }

    float width() {
        return document.right() - document.left();
    }

    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    boolean atTopOfPage() {
        return y >= document.top() - 0.5f;
    }

    /** Starts a new page (the page size set on the document applies from it). */
    void newPage() {
        document.newPage();
        y = document.top();
    }

    boolean fits(float height) {
        return y - height >= document.bottom();
    }

    /**
     * A new page unless {@code height} still fits on this one (or this page is still
     * empty).
     */
    void ensureSpace(float height) {
        if (!fits(height) && !atTopOfPage()) {
            newPage();
        }
    }

    /**
     * Lays out composite content (a paragraph, a phrase) as the content of one structure
     * element, across as many pages as it needs.
     */
    void flow(PdfStructureElement element, Element content) {
        flow(element, content, document.bottom());
    }

    /** Lines of this leading that still fit on the page. */
    int linesLeft(float leading) {
        return (int) Math.floor((y - document.bottom()) / leading + 1e-3);
    }

    /**
     * As {@link #flow(PdfStructureElement, Element)}, but this page takes only what fits
     * above {@code firstBottom} (a paragraph broken a line early, so that its last line
     * is not alone).
     */
    void flow(PdfStructureElement element, Element content, float firstBottom) {
        ColumnText column = new ColumnText(canvas);
        column.addElement(content);
        float bottom = Math.max(firstBottom, document.bottom());
        while (true) {
            boolean freshPage = atTopOfPage();
            column.setSimpleColumn(left(), bottom, right(), y);
            bottom = document.bottom();
            canvas.beginMarkedContentSequence(element);
            int status = column.go();
            canvas.endMarkedContentSequence();
            boolean progressed = column.getYLine() < y;
            y = column.getYLine();
            // A line taller than a whole page would never fit: give up on it rather than
            // loop.
            if (!ColumnText.hasMoreText(status) || (freshPage && !progressed)) {
                return;
            }
            newPage();
        }
    }

    /** Draws something as the content of one structure element, on this page. */
    void mark(PdfStructureElement element, Runnable drawing) {
        canvas.beginMarkedContentSequence(element);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /**
     * Draws something that is not content (pagination, repeated headers): skipped by
     * assistive technology.
     */
    void artifact(Runnable drawing) {
        artifact(canvas, drawing);
    }

    static void artifact(PdfContentByte canvas, Runnable drawing) {
        canvas.beginMarkedContentSequence(ARTIFACT);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /**
     * Writes the structure elements below a finished element into the file now, each
     * replaced in its parent's kids by its reference, as OpenPDF does for every element
     * when the document closes. Until then OpenPDF holds every element of the document,
     * and a large programme's report has 230 000 table cells. Nothing may be tagged below
     * {@code element} afterwards.
     */
    static void writeFinished(PdfWriter writer, PdfStructureElement element) {
        PdfObject k = element.get(PdfName.K);
        // OpenPDF's own pass (PdfStructureTreeRoot.nodeProcess) goes no deeper than an
        // element whose kids are marked-content ids; nor does this.
        if (k == null || !k.isArray() || ((PdfArray) k).isEmpty() || ((PdfArray) k).getPdfObject(0).isNumber()) {
            return;
        }
        PdfArray kids = (PdfArray) k;
        for (int i = 0; i < kids.size(); i++) {
            if (kids.getPdfObject(i) instanceof PdfStructureElement kid) {
                writeFinished(writer, kid);
                kids.set(i, kid.getReference());
                try {
                    writer.addToBody(kid, kid.getReference());
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * Appends an object reference (an annotation) to a structure element's kids, after
     * its marked content: OpenPDF only appends marked-content ids itself.
     */
    static void appendKid(PdfStructureElement element, PdfDictionary kid) {
        PdfObject k = element.get(PdfName.K);
        PdfArray kids;
        if (k == null) {
            kids = new PdfArray();
        }
        else if (k.isArray()) {
            kids = (PdfArray) k;
        }
        else {
            kids = new PdfArray();
            kids.add(k);
        }
        kids.add(kid);
        element.put(PdfName.K, kids);
    }

}
