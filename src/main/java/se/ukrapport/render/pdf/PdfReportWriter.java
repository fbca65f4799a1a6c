package se.ukrapport.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

import se.ukrapport.render.charts.ChartFactory;
import se.ukrapport.render.charts.ReportFonts;
import se.ukrapport.render.model.Block;
import se.ukrapport.render.model.BulletList;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.Inline;
import se.ukrapport.render.model.PageFlow;
import se.ukrapport.render.model.PageLayout;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * Lays the document model out as a tagged, archivable PDF (PDF/UA-1 and PDF/A-1a,
 * OpenPDF): a structure tree in reading order (Document, Sect per chapter, H1–H3, P,
 * L/LI/Lbl/LBody, Table/TR/TH/TD with column scope and a Caption, Figure with its alt
 * text, TOC/TOCI with tagged links), page numbers and repeated table headers as
 * artifacts, the shipped TrueType font embedded, an outline (bookmarks) per heading, a
 * table of contents with correct page numbers (filled in as the headings are placed),
 * numbered captions, landscape pages for wide tables and charts drawn as opaque vectors.
 * The same model gives the same bytes: dates, file id and font-subset prefixes are fixed.
 */
public final class PdfReportWriter {

    private static final float MARGIN = PageLayout.MARGIN;

    private static final float LEADING = PageLayout.BODY_LEADING;

    private static final Rectangle PORTRAIT = new Rectangle(PageLayout.PAGE_WIDTH, PageLayout.PAGE_HEIGHT);

    /** Room for a page number in the TOC: four digits of the TOC's bold font. */
    private static final float TOC_NUMBER_WIDTH = 28f;

    private static final PdfName SCOPE = new PdfName("Scope");

    private static final PdfName COLUMN = new PdfName("Column");

    private static final PdfName ROW = new PdfName("TR");

    private static final Runnable NO_DRAWING = () -> {
    };

    public byte[] write(ReportDocument doc, boolean fullReport) {
        ArchivalProfile profile = new ArchivalProfile(doc.meta().title(), doc.meta().unit(), doc.meta().date());
        byte[] fileId = fileId(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Pass(doc, fullReport, profile, fileId).run(out);
        return CidSetCompletion.apply(out.toByteArray(), profile.date(), fileId);
    }

    /**
     * {@link #write} into a file, the same bytes; returns the pages its table of contents
     * gives. The pages go to a draft file as they are laid out, which is read back once,
     * at its exact size, for the CIDSet completion. In memory, a large programme's 40 MB
     * report had grown through ever larger arrays and been copied twice, and the
     * collector compacted the whole heap two to four times per run to find room for them.
     */
    public List<Integer> writeTo(ReportDocument doc, boolean fullReport, Path file) {
        ArchivalProfile profile = new ArchivalProfile(doc.meta().title(), doc.meta().unit(), doc.meta().date());
        byte[] fileId = fileId(doc);
        Pass pass = new Pass(doc, fullReport, profile, fileId);
        // The draft beside the file, which CidSetCompletion copies into the file with
        // its update appended; gone when this returns, written or not.
        Path draft = file.resolveSibling(file.getFileName() + ".utkast");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(draft), 1 << 16)) {
                pass.run(out);
            }
            CidSetCompletion.apply(draft, file, profile.date(), fileId);
            return List.copyOf(pass.tocPages);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            try {
                Files.deleteIfExists(draft);
            }
            catch (IOException e) {
                // A closed file of our own: hardly ever. Then it stays in the staging
                // folder.
            }
        }
    }

    /**
     * The page on which each table-of-contents entry's heading is placed
     * ({@link ReportDocument#tocEntries()} order; physical pages, the title page is 1),
     * as {@link #write} places them, without making the file: the document is laid out
     * but not closed, so fonts are not subset and nothing is written out (the Word
     * edition needs only the page numbers).
     */
    public List<Integer> tocPages(ReportDocument doc, boolean fullReport) {
        ArchivalProfile profile = new ArchivalProfile(doc.meta().title(), doc.meta().unit(), doc.meta().date());
        Pass pass = new Pass(doc, fullReport, profile, fileId(doc));
        pass.run(null);
        return List.copyOf(pass.tocPages);
    }

    /** The file id: from the report's title and chapters, not the clock. */
    private static byte[] fileId(ReportDocument doc) {
        return digest(doc.meta().title() + "|" + doc.chapters().stream().map(Chapter::id).toList());
    }

    /**
     * One layout of the document, in one pass: the TOC's page numbers are placeholders
     * (form XObjects of a fixed width) filled in when each heading is placed; the TOC's
     * own length does not depend on them.
     */
    private static final class Pass extends PdfPageEventHelper {

        private final ReportDocument doc;

        private final boolean fullReport;

        private final ArchivalProfile profile;

        private final byte[] fileId;

        private final List<PdfTemplate> tocPageNumbers = new ArrayList<>();

        private final List<Integer> tocPages = new ArrayList<>();

        /**
         * Tables laid out (their header once, their rows a batch at a time) for the
         * keep-with-next test of a heading and for drawing.
         */
        private final Map<Table, LaidOutTable> laidOut = new IdentityHashMap<>();

        private boolean landscape;

        private boolean finish = true;

        private final Font body;

        private final Font bold;

        private final Font italic;

        private final Font small;

        private final Font smallBold;

        private final Font caption;

        private final Font[] headings;

        private final BaseFont regularBase;

        private final BaseFont boldBase;

        private final BaseFont italicBase;

        private Document document;

        private PdfWriter writer;

        private TaggedFlow flow;

        private PdfStructureElement root;

        private PdfStructureElement section;

        private final Deque<PdfOutline> outlines = new ArrayDeque<>();

        private final Deque<Integer> outlineLevels = new ArrayDeque<>();

        private int tocIndex;

        private boolean numberPages;

        Pass(ReportDocument doc, boolean fullReport, ArchivalProfile profile, byte[] fileId) {
            this.doc = doc;
            this.fullReport = fullReport;
            this.profile = profile;
            this.fileId = fileId;
            // Not cached: a cached BaseFont is one object for every document, and records
            // the glyphs
            // each of them uses; the Word step lays out the same documents at the same
            // time.
            try {
                regularBase = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, ReportFonts.regularBytes(), null);
                boldBase = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        ReportFonts.boldBytes(), null);
                italicBase = BaseFont.createFont("LiberationSans-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, ReportFonts.italicBytes(), null);
            }
            catch (DocumentException | IOException e) {
                throw new IllegalStateException("Typsnittet kan inte bäddas in", e);
            }
            // Subset prefixes ("ABCDEF+LiberationSans") come from BaseFont's random
            // source: seed it.
            regularBase.setSecureRandom(seeded("regular"));
            boldBase.setSecureRandom(seeded("bold"));
            italicBase.setSecureRandom(seeded("italic"));
            body = new Font(regularBase, PageLayout.BODY_SIZE);
            bold = new Font(boldBase, PageLayout.BODY_SIZE);
            italic = new Font(italicBase, PageLayout.BODY_SIZE);
            small = new Font(regularBase, PageLayout.CELL_SIZE);
            smallBold = new Font(boldBase, PageLayout.CELL_SIZE);
            caption = new Font(boldBase, PageLayout.CAPTION_SIZE);
            headings = new Font[3];
            for (int i = 0; i < 3; i++) {
                headings[i] = new Font(boldBase, PageLayout.HEADING_SIZE[i], Font.NORMAL,
                        new java.awt.Color(PageLayout.ACCENT));
            }
        }

        /**
         * @param out where the file goes; null: only lay the pages out (charts not drawn,
         * the document not closed)
         */
        void run(OutputStream out) {
            boolean close = out != null;
            finish = close;
            document = new Document(PORTRAIT, MARGIN, MARGIN, MARGIN, MARGIN);
            try {
                // A layout pass keeps none of the pages the writer writes out as it goes.
                writer = PdfWriter.getInstance(document, close ? out : OutputStream.nullOutputStream());
                writer.setPageEvent(this);
                profile.beforeOpen(document, writer);
                // Pages with link annotations (the TOC) are tabbed in structure order.
                writer.setTabs(PdfName.S);
                document.open();
                profile.afterOpen(writer, fileId);
                flow = new TaggedFlow(document, writer);
                root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
                outlines.push(writer.getRootOutline());
                outlineLevels.push(0);
                if (fullReport) {
                    titlePage();
                    numberPages = true;
                    verso();
                    toc();
                }
                else {
                    chapterCover();
                    numberPages = true;
                }
                boolean first = true;
                for (Chapter c : doc.chapters()) {
                    section = new PdfStructureElement(root, PdfName.SECT);
                    List<Block> blocks = c.blocks();
                    for (int i = 0; i < blocks.size(); i++) {
                        Block b = blocks.get(i);
                        orientation(PageFlow.landscape(blocks, i));
                        if (b instanceof Heading h) {
                            if (h.level() == 1 && !first) {
                                flow.newPage();
                            }
                            first = false;
                            heading(h, PageFlow.keepWithNext(blocks, i, k -> keptPart(blocks, k)));
                        }
                        else if (b instanceof Paragraph p) {
                            if (PageFlow.introducesFigure(blocks, i) || PageFlow.introducesList(blocks, i)) {
                                // The sentence that introduces a figure or a list stays
                                // whole, on the page of the figure or the list's first
                                // item.
                                flow.ensureSpace(keptPart(blocks, i));
                            }
                            paragraph(section, PdfName.P, phrase(p.inlines()), 0, PageLayout.PARAGRAPH_AFTER);
                        }
                        else if (b instanceof BulletList l) {
                            list(l);
                        }
                        else if (b instanceof Table t) {
                            table(t);
                        }
                        else if (b instanceof Figure f) {
                            figure(f);
                        }
                    }
                }
                if (!close) {
                    return;
                }
                document.close();
            }
            catch (DocumentException e) {
                throw new IllegalStateException("PDF kan inte skapas: " + e.getMessage(), e);
            }
        }

        /**
         * A block of text as one structure element, with space before (not at the top of
         * a page) and after.
         */
        private void paragraph(PdfStructureElement parent, PdfName role, Phrase text, float before, float after) {
            paragraph(new PdfStructureElement(parent, role), text, before, after, 0);
        }

        private void paragraph(PdfStructureElement element, Phrase text, float before, float after, float indent) {
            if (before > 0 && !flow.atTopOfPage()) {
                flow.moveDown(before);
            }
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text);
            p.setLeading(text.getLeading());
            p.setIndentationLeft(indent);
            flow.flow(element, p, widowAndOrphanBottom(text, indent));
            flow.moveDown(after);
        }

        /**
         * Word's widow and orphan control, which the Word edition keeps on: a paragraph
         * broken by a page leaves at least two lines on each page. One line left at the
         * bottom moves the whole paragraph on; a last line that would stand alone takes a
         * line from this page with it. Returns the bottom of this page's part (the page's
         * bottom when nothing changes).
         */
        private float widowAndOrphanBottom(Phrase text, float indent) {
            float leading = text.getLeading();
            if (leading <= 0 || flow.atTopOfPage()) {
                return 0;
            }
            int lines = Math.round(height(text, indent) / leading);
            int left = flow.linesLeft(leading);
            if (lines <= left || lines < 2) {
                return 0;
            }
            int here = lines - left == 1 ? left - 1 : left;
            if (here < PageFlow.MIN_LINES_AT_BREAK) {
                flow.newPage();
                return 0;
            }
            return flow.y() - here * leading - 0.5f * leading;
        }

        private Phrase line(String text, Font font, float leading) {
            return new Phrase(leading, text, font);
        }

        private void titlePage() {
            flow.moveDown(PageLayout.TITLE_TOP);
            paragraph(root, PdfName.H1, line(doc.meta().title(),
                    new Font(boldBase, PageLayout.TITLE_SIZE, Font.NORMAL, new java.awt.Color(PageLayout.ACCENT)),
                    PageLayout.TITLE_LEADING), 0, 0);
            if (doc.meta().subtitle() != null && !doc.meta().subtitle().isEmpty()) {
                paragraph(root, PdfName.P, line(doc.meta().subtitle(), new Font(regularBase, PageLayout.SUBTITLE_SIZE),
                        PageLayout.SUBTITLE_LEADING), 0, 0);
            }
            paragraph(root, PdfName.P, line(doc.meta().unit(), body, LEADING), PageLayout.TITLE_BLOCK_GAP, 0);
            if (doc.meta().date() != null) {
                paragraph(root, PdfName.P, line(doc.meta().date().toString(), body, LEADING), 0, 0);
            }
            flow.newPage();
        }

        /**
         * The back of the title page: the title at the top, the publication details in
         * small print at the foot.
         */
        private void verso() {
            paragraph(root, PdfName.P, line(doc.meta().title(), bold, LEADING), 0, 0);
            if (doc.meta().subtitle() != null && !doc.meta().subtitle().isEmpty()) {
                paragraph(root, PdfName.P, line(doc.meta().subtitle(), body, LEADING), 0, 0);
            }
            flow.moveDown(
                    PageFlow.versoGap(doc.meta(), d -> ReportFonts.lines(d, PageLayout.COLOPHON_SIZE, flow.width())));
            Font print = new Font(regularBase, PageLayout.COLOPHON_SIZE);
            for (String d : PageFlow.publicationDetails(doc.meta())) {
                paragraph(root, PdfName.P, line(d, print, PageLayout.COLOPHON_LEADING), 0, 0);
            }
            flow.newPage();
        }

        /**
         * A chapter file's first page: the report it is taken from and the chapter's own
         * table of contents, so that the file read alone says what it is and where its
         * sections are.
         */
        private void chapterCover() {
            paragraph(root, PdfName.P,
                    line(PageFlow.coverLine(doc),
                            new Font(boldBase, PageLayout.SUBTITLE_SIZE, Font.NORMAL,
                                    new java.awt.Color(PageLayout.ACCENT)),
                            PageLayout.SUBTITLE_LEADING),
                    0, PageLayout.TOC_HEADING_AFTER);
            toc();
        }

        /**
         * The table of contents: TOC/TOCI, each entry a Link element holding the entry's
         * text and its link annotation (by an object reference, with the annotation
         * pointing back through the parent tree), so the links are reachable with
         * assistive technology too.
         */
        private void toc() {
            paragraph(root, PdfName.H1, line(PageFlow.TOC_TITLE, headings[0], PageLayout.HEADING_LEADING[0]), 0,
                    PageLayout.TOC_HEADING_AFTER);
            PdfStructureElement toc = new PdfStructureElement(root, PdfName.TOC);
            List<Heading> entries = doc.tocEntries();
            for (int i = 0; i < entries.size(); i++) {
                Heading e = entries.get(i);
                Font f = e.level() == 1 ? bold : body;
                Phrase p = new Phrase(PageLayout.TOC_LEADING, "", f);
                p.add(chunk(e.text(), f));
                Chunk dots = new Chunk(new DottedLineSeparator());
                dots.setFont(f);
                p.add(dots);
                PdfTemplate number = flow.canvas().createTemplate(TOC_NUMBER_WIDTH, f.getSize() * 1.2f);
                tocPageNumbers.add(number);
                p.add(new Chunk(imageOf(number), 0, -f.getSize() * 0.25f, false));
                PdfStructureElement link = new PdfStructureElement(new PdfStructureElement(toc, PdfName.TOCI),
                        PdfName.LINK);
                flow.ensureSpace(PageLayout.TOC_LEADING);
                float top = flow.y();
                float indent = e.level() == 1 ? 0 : PageLayout.TOC_INDENT;
                paragraph(link, p, 0, 0, indent);
                link(link, "h" + i, e.text(), new Rectangle(flow.left() + indent, flow.y(), flow.right(), top));
            }
            flow.newPage();
        }

        private void link(PdfStructureElement element, String destination, String text, Rectangle area) {
            PdfAnnotation a = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(),
                    area.getTop(), PdfAction.gotoLocalPage(destination, false));
            a.setBorder(new PdfBorderArray(0, 0, 0));
            a.put(PdfName.CONTENTS, new PdfString(text, PdfObject.TEXT_UNICODE));
            a.put(PdfName.STRUCTPARENT,
                    new PdfNumber(writer.getStructureTreeRoot().addExistingObject(element.getReference())));
            PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
            objr.put(PdfName.OBJ, a.getIndirectReference());
            objr.put(PdfName.PG, writer.getCurrentPage());
            TaggedFlow.appendKid(element, objr);
            writer.addAnnotation(a);
        }

        /**
         * @param keep the height this heading needs on its page: itself and the start of
         * what it introduces
         */
        private void heading(Heading h, float keep) {
            Font font = headings[h.level() - 1];
            float leading = PageLayout.HEADING_LEADING[h.level() - 1];
            float before = h.level() == 1 ? 0 : PageLayout.HEADING_BEFORE;
            // Keep a heading with the first line (row, figure) of what it introduces, as
            // Word's
            // "keep with next" does.
            flow.ensureSpace(keep);
            if (!flow.atTopOfPage()) {
                flow.moveDown(before);
            }
            float top = flow.y();
            if (h.level() <= 2) {
                flow.canvas().localDestination("h" + tocIndex, new PdfDestination(PdfDestination.FITH, top));
                fillTocPageNumber(tocPageNumbers.get(tocIndex), h.level() == 1 ? bold : body, writer.getPageNumber());
                tocPages.add(writer.getPageNumber());
                tocIndex++;
            }
            while (outlineLevels.peek() >= h.level()) {
                outlines.pop();
                outlineLevels.pop();
            }
            outlines.push(new PdfOutline(outlines.peek(), new PdfDestination(PdfDestination.FITH, top), h.text(),
                    h.level() != 1));
            outlineLevels.push(h.level());
            PdfName role = h.level() == 1 ? PdfName.H1 : h.level() == 2 ? PdfName.H2 : PdfName.H3;
            paragraph(section, role, line(h.text(), font, leading), 0, PageLayout.HEADING_AFTER);
        }

        /**
         * The height of the first part of a block that Word's "keep with next" keeps with
         * the heading before it: a line of a paragraph or list, a table's caption with
         * its header and first row, a figure's caption with the whole chart; and a
         * heading's own height.
         */
        private float firstLineHeight(Block b) {
            if (b instanceof Heading h) {
                return PageLayout.HEADING_BEFORE + PageLayout.HEADING_LEADING[h.level() - 1] + PageLayout.HEADING_AFTER;
            }
            if (b instanceof Table t) {
                float height = t.caption() == null ? 0
                        : PageLayout.CAPTION_BEFORE + PageLayout.CAPTION_LEADING + PageLayout.CAPTION_AFTER;
                LaidOutTable pt = t.columns() > 0 ? laidOut(t) : null;
                if (pt != null) {
                    height += PageLayout.CELL_BORDER;
                    int rows = Math.min(pt.size(), t.header().size() + 1);
                    for (int r = 0; r < rows; r++) {
                        height += pt.rowHeight(r);
                    }
                }
                return height;
            }
            if (b instanceof Figure f) {
                return PageLayout.CAPTION_BEFORE + PageLayout.CAPTION_LEADING + PageLayout.CAPTION_AFTER
                        + ChartFactory.height(f.chart());
            }
            return LEADING;
        }

        /**
         * What the block at {@code k} keeps on one page with what comes before it: its
         * first part, or, for the sentence that introduces a figure, the whole sentence
         * and the figure (Word's chain of "keep with next").
         */
        private float keptPart(List<Block> blocks, int k) {
            if (blocks.get(k) instanceof Paragraph p && PageFlow.introducesFigure(blocks, k)) {
                return height(phrase(p.inlines())) + PageLayout.PARAGRAPH_AFTER + firstLineHeight(blocks.get(k + 1));
            }
            if (blocks.get(k) instanceof Paragraph p && PageFlow.introducesList(blocks, k)) {
                BulletList list = (BulletList) blocks.get(k + 1);
                return height(phrase(p.inlines())) + PageLayout.PARAGRAPH_AFTER
                        + (list.items().isEmpty() ? 0 : height(phrase(list.items().get(0)), PageLayout.LIST_INDENT));
            }
            return firstLineHeight(blocks.get(k));
        }

        /** The height a paragraph takes in the text width (laid out without drawing). */
        private float height(Phrase text) {
            return height(text, 0);
        }

        private float height(Phrase text, float indent) {
            ColumnText column = new ColumnText(null);
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(text);
            p.setLeading(text.getLeading());
            p.setIndentationLeft(indent);
            column.addElement(p);
            float top = 100_000f;
            column.setSimpleColumn(flow.left(), 0, flow.right(), top);
            try {
                column.go(true);
            }
            catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            return top - column.getYLine();
        }

        /**
         * Turns the page to the orientation a block needs (landscape for wide tables).
         */
        private void orientation(boolean wanted) {
            if (wanted != landscape) {
                landscape = wanted;
                document.setPageSize(wanted ? PORTRAIT.rotate() : PORTRAIT);
                flow.newPage();
            }
        }

        private LaidOutTable laidOut(Table t) {
            return laidOut.computeIfAbsent(t, LaidOutTable::new);
        }

        /**
         * A table's header rows laid out once (they are repeated on every page) and its
         * body rows a batch at a time ({@link RowBatches}); row {@code r} counts the
         * header rows first, as in the model.
         */
        private final class LaidOutTable {

            private final int headerRows;

            private final PdfPTable header;

            private final RowBatches body;

            LaidOutTable(Table t) {
                headerRows = t.header().size();
                header = layoutTable(t, t.header(), true);
                body = new RowBatches(t.rows().size(), (from, to) -> layoutTable(t, t.rows().subList(from, to), false));
            }

            int size() {
                return headerRows + body.size();
            }

            float[] absoluteWidths() {
                return header.getAbsoluteWidths();
            }

            float rowHeight(int r) {
                return r < headerRows ? header.getRowHeight(r)
                        : body.tableOf(r - headerRows).getRowHeight(body.indexOf(r - headerRows));
            }

            /** Draws one cell of row {@code r} with its top left corner at (x, top). */
            void drawCell(int column, int r, float x, float top, PdfContentByte canvas) {
                PdfPTable rows = r < headerRows ? header : body.tableOf(r - headerRows);
                int row = r < headerRows ? r : body.indexOf(r - headerRows);
                rows.writeSelectedRows(column, column + 1, row, row + 1, x, top, canvas);
            }

            /** Draws the header rows with their top left corner at (x, top). */
            void drawHeader(float x, float top, PdfContentByte canvas) {
                header.writeSelectedRows(0, -1, 0, headerRows, x, top, canvas);
            }

        }

        private void fillTocPageNumber(PdfTemplate number, Font f, int page) {
            number.beginText();
            number.setFontAndSize(f.getBaseFont(), f.getSize());
            number.showTextAligned(Element.ALIGN_RIGHT, Integer.toString(page), TOC_NUMBER_WIDTH, f.getSize() * 0.25f,
                    0);
            number.endText();
        }

        private static Image imageOf(PdfTemplate template) {
            try {
                return Image.getInstance(template);
            }
            catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Page numbers are pagination artifacts, not content. */
        @Override
        public void onEndPage(PdfWriter w, Document d) {
            if (!numberPages) {
                return;
            }
            PdfContentByte cb = w.getDirectContent();
            Rectangle page = d.getPageSize();
            TaggedFlow.artifact(cb,
                    () -> ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                            new Phrase(Integer.toString(w.getPageNumber()), small),
                            (page.getLeft() + page.getRight()) / 2, page.getBottom() + PageLayout.FOOTER, 0));
        }

        private Phrase phrase(List<Inline> inlines) {
            Phrase p = new Phrase(LEADING, "", body);
            for (Inline i : inlines) {
                Font f = i instanceof Inline.Strong ? bold : i instanceof Inline.Emphasis ? italic : body;
                p.add(chunk(doc.text(i), f));
            }
            return p;
        }

        /** L, and per item LI with the bullet as Lbl and the text as LBody. */
        private void list(BulletList l) {
            PdfStructureElement list = new PdfStructureElement(section, PdfName.L);
            for (List<Inline> item : l.items()) {
                PdfStructureElement li = new PdfStructureElement(list, PdfName.LI);
                PdfStructureElement label = new PdfStructureElement(li, PdfName.LBL);
                PdfStructureElement text = new PdfStructureElement(li, PdfName.LBODY);
                flow.ensureSpace(LEADING);
                // The text's first baseline lies one leading below the top of the free
                // space.
                float baseline = flow.y() - LEADING;
                flow.mark(label, () -> ColumnText.showTextAligned(flow.canvas(), Element.ALIGN_LEFT,
                        new Phrase("\u2022", body), flow.left(), baseline, 0));
                paragraph(text, phrase(item), 0, 0, PageLayout.LIST_INDENT);
            }
            flow.moveDown(PageLayout.LIST_AFTER);
        }

        /**
         * Table, Caption, TR and per cell TH (column scope) or TD, each cell drawn by
         * itself so that it can be tagged; header rows repeated on a following page are
         * artifacts.
         */
        private void table(Table t) {
            PdfStructureElement table = new PdfStructureElement(section, PdfName.TABLE);
            int cols = t.columns();
            int headerRows = t.header().size();
            // The caption stays with the header and the first row (Word: keep with next,
            // rows not split).
            flow.ensureSpace(firstLineHeight(t));
            LaidOutTable pt = cols > 0 ? laidOut(t) : null;
            laidOut.remove(t);
            if (t.caption() != null) {
                paragraph(table, PdfName.CAPTION,
                        line(doc.label(t.id()) + ". " + t.caption(), caption, PageLayout.CAPTION_LEADING),
                        PageLayout.CAPTION_BEFORE, PageLayout.CAPTION_AFTER);
            }
            if (pt != null) {
                float[] widths = pt.absoluteWidths();
                // A table's part on a page has the top border line above its first row
                // (in Word's layout).
                flow.moveDown(PageLayout.CELL_BORDER);
                for (int r = 0; r < pt.size(); r++) {
                    boolean isHeader = r < headerRows;
                    float height = pt.rowHeight(r);
                    if (!isHeader && !flow.fits(height) && !flow.atTopOfPage()) {
                        flow.newPage();
                        flow.moveDown(PageLayout.CELL_BORDER);
                        repeatHeader(pt, headerRows);
                    }
                    if (!finish) {
                        // The layout pass for the Word edition's page numbers needs
                        // only the rows' heights, and a mark that the page has content
                        // (OpenPDF does not turn an empty page): no structure elements,
                        // no drawing.
                        flow.artifact(NO_DRAWING);
                        flow.moveDown(height);
                        continue;
                    }
                    PdfStructureElement tr = new PdfStructureElement(table, ROW);
                    float x = flow.left();
                    for (int c = 0; c < cols; c++) {
                        PdfStructureElement cell = new PdfStructureElement(tr, isHeader ? PdfName.TH : PdfName.TD);
                        if (isHeader) {
                            PdfDictionary scope = new PdfDictionary();
                            scope.put(PdfName.O, PdfName.TABLE);
                            scope.put(SCOPE, COLUMN);
                            cell.put(PdfName.A, scope);
                        }
                        int column = c;
                        int row = r;
                        float cellX = x;
                        float top = flow.y();
                        flow.mark(cell, () -> pt.drawCell(column, row, cellX, top, flow.canvas()));
                        x += widths[c];
                    }
                    flow.moveDown(height);
                }
                flow.moveDown(PageLayout.TABLE_AFTER);
            }
            if (finish) {
                TaggedFlow.writeFinished(writer, table);
            }
        }

        private void repeatHeader(LaidOutTable pt, int headerRows) {
            if (headerRows == 0) {
                return;
            }
            float top = flow.y();
            flow.artifact(finish ? () -> pt.drawHeader(flow.left(), top, flow.canvas()) : NO_DRAWING);
            for (int r = 0; r < headerRows; r++) {
                flow.moveDown(pt.rowHeight(r));
            }
        }

        /** These rows of the table (header or body rows) as a table of their own. */
        private PdfPTable layoutTable(Table t, List<List<String>> rows, boolean header) {
            int cols = t.columns();
            PdfPTable table = new PdfPTable(cols);
            float[] widths = new float[cols];
            for (int i = 0; i < cols; i++) {
                widths[i] = i < t.widths().size() ? t.widths().get(i) : 1;
            }
            try {
                table.setWidths(widths);
            }
            catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            table.setTotalWidth(flow.width());
            table.setLockedWidth(true);
            for (List<String> row : rows) {
                for (int c = 0; c < cols; c++) {
                    table.addCell(cell(c < row.size() ? row.get(c) : "", header ? smallBold : small, t.numeric().get(c),
                            header));
                }
            }
            return table;
        }

        private PdfPCell cell(String text, Font f, boolean numeric, boolean header) {
            PdfPCell c;
            if (text.indexOf('\n') < 0) {
                Phrase content = new Phrase(PageLayout.CELL_LEADING, "", f);
                content.add(chunk(text, f));
                c = new PdfPCell(content);
            }
            else {
                // Several items of a cell (targets of one municipality) are a paragraph
                // each, a little apart.
                c = new PdfPCell();
                String[] items = text.split("\n", -1);
                for (int i = 0; i < items.length; i++) {
                    com.lowagie.text.Paragraph item = new com.lowagie.text.Paragraph(PageLayout.CELL_LEADING, "", f);
                    item.add(chunk(items[i], f));
                    item.setAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    if (i < items.length - 1) {
                        item.setSpacingAfter(PageLayout.CELL_ITEM_GAP);
                    }
                    c.addElement(item);
                }
            }
            c.setLeading(PageLayout.CELL_LEADING, 0);
            c.setPadding(PageLayout.CELL_PADDING);
            // Where a Word cell's text lies, and its row one border line higher
            // (LibreOffice lays
            // them out so).
            c.setPaddingBottom(PageLayout.CELL_PADDING + PageLayout.CELL_BORDER);
            c.setPaddingLeft(PageLayout.CELL_TEXT_LEFT);
            c.setPaddingRight(PageLayout.CELL_TEXT_RIGHT);
            c.setBorderWidth(PageLayout.CELL_BORDER);
            c.setBorderColor(new java.awt.Color(PageLayout.BORDER_COLOUR));
            if (header) {
                c.setBackgroundColor(new java.awt.Color(PageLayout.HEADER_FILL));
            }
            // A header stands over its column as the numbers below it do.
            c.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            return c;
        }

        /** Caption, then Figure with the chart's alt text and its bounding box. */
        private void figure(Figure f) {
            float w = ChartFactory.WIDTH;
            float h = ChartFactory.height(f.chart());
            flow.ensureSpace(firstLineHeight(f));
            paragraph(section, PdfName.CAPTION,
                    line(doc.label(f.id()) + ". " + f.caption(), caption, PageLayout.CAPTION_LEADING),
                    PageLayout.CAPTION_BEFORE, PageLayout.CAPTION_AFTER);
            PdfTemplate tp = flow.canvas().createTemplate(w, h);
            Graphics2D g2 = new PdfGraphics2D(tp, w, h, new Mapper(regularBase, boldBase), false, false, 0f);
            try {
                if (finish) {
                    ChartFactory.create(f.chart()).draw(g2, new Rectangle2D.Double(0, 0, w, h));
                }
            }
            finally {
                g2.dispose();
            }
            PdfStructureElement figure = new PdfStructureElement(section, PdfName.FIGURE);
            figure.put(PdfName.ALT, new PdfString(f.alt(), PdfObject.TEXT_UNICODE));
            float x = flow.left();
            float bottom = flow.y() - h;
            PdfDictionary layout = new PdfDictionary();
            layout.put(PdfName.O, new PdfName("Layout"));
            layout.put(PdfName.BBOX, new PdfArray(new float[] { x, bottom, x + w, bottom + h }));
            figure.put(PdfName.A, layout);
            flow.mark(figure, () -> flow.canvas().addTemplate(tp, x, bottom));
            flow.moveDown(h + PageLayout.FIGURE_AFTER);
        }

    }

    /**
     * OpenPDF's line-break opportunities and one more, after an en dash ("2009–" /
     * "2010"), where Word and LibreOffice break too: the editions must break the same
     * lines.
     */
    private static final SplitCharacter SPLIT = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return getCurrentCharacter(current, cc, ck) == '\u2013'
                    || super.isSplitCharacter(start, current, end, cc, ck);
        }
    };

    static Chunk chunk(String text, Font font) {
        Chunk c = new Chunk(text, font);
        c.setSplitCharacter(SPLIT);
        return c;
    }

    /**
     * Maps the charts' AWT fonts to the embedded PDF fonts, so chart text is real,
     * embedded text.
     */
    private record Mapper(BaseFont regular, BaseFont bold) implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? bold : regular;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return ReportFonts.awt(font == bold, size);
        }
    }

    static SecureRandom seeded(String seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return r;
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] digest(String s) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(full, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
