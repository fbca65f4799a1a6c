package se.ukrapport.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
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
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * Lays the document model out as PDF (OpenPDF): the shipped TrueType font embedded, an outline
 * (bookmarks) per heading, a table of contents with correct page numbers (the document is laid
 * out twice: the first pass finds the pages where headings start, the second prints them), page
 * numbers, numbered captions, repeated table headers, landscape pages for wide tables and charts
 * drawn as vectors. The same model gives the same bytes: dates, file id and font-subset prefixes
 * are fixed.
 */
public final class PdfReportWriter {

    private static final float MARGIN = 70f;

    public byte[] write(ReportDocument doc, boolean fullReport) {
        List<Integer> firstPass = new ArrayList<>();
        for (Heading h : doc.tocEntries()) {
            firstPass.add(0);
        }
        // The first pass only finds the pages where headings start: charts keep their size but are
        // not drawn, which is where most of the time would go.
        Pass one = new Pass(doc, fullReport, firstPass, !fullReport);
        one.run();
        if (!fullReport) {
            return one.bytes;
        }
        Pass two = new Pass(doc, true, one.tocPages, true);
        two.run();
        return two.bytes;
    }

    /** One layout of the document; collects the page of every TOC heading as it goes. */
    private static final class Pass extends PdfPageEventHelper {
        private final ReportDocument doc;
        private final boolean fullReport;
        private final List<Integer> knownTocPages;
        final List<Integer> tocPages = new ArrayList<>();
        byte[] bytes;

        private final Font body;
        private final Font bold;
        private final Font italic;
        private final Font small;
        private final Font smallBold;
        private final Font caption;
        private final Font[] headings;
        private final BaseFont regularBase;
        private final BaseFont boldBase;
        private Document document;
        private PdfWriter writer;
        private final Deque<PdfOutline> outlines = new ArrayDeque<>();
        private final Deque<Integer> outlineLevels = new ArrayDeque<>();
        private final List<Heading> headingsByTag = new ArrayList<>();
        private final java.util.Set<String> tagsSeen = new java.util.HashSet<>();
        private int tocIndex;
        private boolean numberPages;

        private final boolean drawCharts;

        Pass(ReportDocument doc, boolean fullReport, List<Integer> knownTocPages, boolean drawCharts) {
            this.doc = doc;
            this.fullReport = fullReport;
            this.knownTocPages = knownTocPages;
            this.drawCharts = drawCharts;
            try {
                regularBase = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        ReportFonts.regularBytes(), null);
                boldBase = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        ReportFonts.boldBytes(), null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Typsnittet kan inte bäddas in", e);
            }
            // Subset prefixes ("ABCDEF+DejaVuSans") come from BaseFont's random source: seed it.
            regularBase.setSecureRandom(seeded("regular"));
            boldBase.setSecureRandom(seeded("bold"));
            body = new Font(regularBase, 10);
            bold = new Font(boldBase, 10);
            italic = new Font(regularBase, 10, Font.ITALIC);
            small = new Font(regularBase, 8);
            smallBold = new Font(boldBase, 8);
            caption = new Font(boldBase, 9);
            headings = new Font[] {new Font(boldBase, 18, Font.NORMAL, new java.awt.Color(0x1F4E79)),
                    new Font(boldBase, 13, Font.NORMAL, new java.awt.Color(0x1F4E79)),
                    new Font(boldBase, 11, Font.NORMAL, new java.awt.Color(0x1F4E79))};
        }

        void run() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
            try {
                writer = PdfWriter.getInstance(document, out);
                writer.setPageEvent(this);
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
                document.addTitle(doc.meta().title());
                document.addAuthor(doc.meta().unit());
                document.addCreator("uk-rapport");
                document.open();
                fixDatesAndId();
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
                outlines.push(writer.getRootOutline());
                outlineLevels.push(0);
                if (fullReport) {
                    titlePage();
                    toc();
                }
                numberPages = true;
                boolean first = true;
                for (Chapter c : doc.chapters()) {
                    for (Block b : c.blocks()) {
                        if (b instanceof Heading h) {
                            if (h.level() == 1 && !first) {
                                document.newPage();
                            }
                            first = false;
                            heading(h);
                        } else if (b instanceof Paragraph p) {
                            com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(phrase(p.inlines()));
                            para.setSpacingAfter(6);
                            para.setLeading(13);
                            document.add(para);
                        } else if (b instanceof BulletList l) {
                            com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
                            list.setListSymbol(new Chunk("\u2022", body));
                            for (List<Inline> item : l.items()) {
                                ListItem li = new ListItem(phrase(item));
                                li.setLeading(13);
                                list.add(li);
                            }
                            document.add(list);
                            document.add(new com.lowagie.text.Paragraph(" ", small));
                        } else if (b instanceof Table t) {
                            table(t);
                        } else if (b instanceof Figure f) {
                            figure(f);
                        }
                    }
                }
                document.close();
            } catch (DocumentException e) {
                throw new IllegalStateException("PDF kan inte skapas: " + e.getMessage(), e);
            }
            bytes = out.toByteArray();
        }

        /** CreationDate/ModDate from the report's date, and a file id from its content, not the clock. */
        private void fixDatesAndId() {
            Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.clear();
            if (doc.meta().date() != null) {
                cal.set(doc.meta().date().getYear(), doc.meta().date().getMonthValue() - 1,
                        doc.meta().date().getDayOfMonth(), 0, 0, 0);
            } else {
                cal.set(2000, 0, 1, 0, 0, 0);
            }
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(cal));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(cal));
            byte[] id = digest(doc.meta().title() + "|" + doc.chapters().stream().map(Chapter::id).toList());
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        }

        private void titlePage() throws DocumentException {
            com.lowagie.text.Paragraph t = new com.lowagie.text.Paragraph(doc.meta().title(),
                    new Font(boldBase, 24, Font.NORMAL, new java.awt.Color(0x1F4E79)));
            t.setSpacingBefore(180);
            t.setLeading(30);
            document.add(t);
            if (doc.meta().subtitle() != null && !doc.meta().subtitle().isEmpty()) {
                document.add(new com.lowagie.text.Paragraph(doc.meta().subtitle(), new Font(regularBase, 14)));
            }
            com.lowagie.text.Paragraph u = new com.lowagie.text.Paragraph(doc.meta().unit(), body);
            u.setSpacingBefore(120);
            document.add(u);
            if (doc.meta().date() != null) {
                document.add(new com.lowagie.text.Paragraph(doc.meta().date().toString(), body));
            }
            if (doc.meta().colophon() != null && !doc.meta().colophon().isEmpty()) {
                com.lowagie.text.Paragraph c = new com.lowagie.text.Paragraph(doc.meta().colophon(), small);
                c.setSpacingBefore(120);
                document.add(c);
            }
            document.newPage();
        }

        private void toc() throws DocumentException {
            com.lowagie.text.Paragraph h = new com.lowagie.text.Paragraph("Innehåll", headings[0]);
            h.setSpacingAfter(12);
            document.add(h);
            List<Heading> entries = doc.tocEntries();
            for (int i = 0; i < entries.size(); i++) {
                Heading e = entries.get(i);
                Font f = e.level() == 1 ? bold : body;
                com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(14f, "", f);
                p.setIndentationLeft(e.level() == 1 ? 0 : 14);
                p.setLeading(14);
                Chunk text = new Chunk(e.text(), f);
                text.setLocalGoto("h" + i);
                p.add(text);
                Chunk dots = new Chunk(new DottedLineSeparator());
                dots.setFont(f);
                p.add(dots);
                p.add(new Chunk(Integer.toString(knownTocPages.get(i)), f));
                document.add(p);
            }
            document.newPage();
        }

        private void heading(Heading h) throws DocumentException {
            Chunk c = new Chunk(h.text(), headings[h.level() - 1]);
            boolean inToc = h.level() <= 2;
            if (inToc && fullReport) {
                c.setLocalDestination("h" + tocIndex);
            }
            c.setGenericTag("h" + headingsByTag.size());
            headingsByTag.add(h);
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(c);
            p.setSpacingBefore(h.level() == 1 ? 0 : 10);
            p.setSpacingAfter(6);
            p.setKeepTogether(true);
            if (inToc) {
                tocIndex++;
            }
            document.add(p);
        }

        /** Generic tags tell where a heading really landed: its page (for the TOC) and its outline entry. */
        @Override
        public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String tag) {
            // A heading that wraps fires once per line: only its first line counts.
            if (!tag.startsWith("h") || !tagsSeen.add(tag)) {
                return;
            }
            Heading h = headingsByTag.get(Integer.parseInt(tag.substring(1)));
            if (h.level() <= 2) {
                tocPages.add(w.getPageNumber());
            }
            while (outlineLevels.peek() >= h.level()) {
                outlines.pop();
                outlineLevels.pop();
            }
            PdfOutline o = new PdfOutline(outlines.peek(),
                    new PdfDestination(PdfDestination.FITH, rect.getTop() + 20), h.text(), h.level() == 1 ? false : true);
            outlines.push(o);
            outlineLevels.push(h.level());
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            if (!numberPages) {
                return;
            }
            PdfContentByte cb = w.getDirectContent();
            Rectangle page = d.getPageSize();
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    new Phrase(Integer.toString(w.getPageNumber()), small),
                    (page.getLeft() + page.getRight()) / 2, page.getBottom() + 35, 0);
        }

        private Phrase phrase(List<Inline> inlines) {
            Phrase p = new Phrase(13f, "", body);
            for (Inline i : inlines) {
                Font f = i instanceof Inline.Strong ? bold : i instanceof Inline.Emphasis ? italic : body;
                p.add(new Chunk(doc.text(i), f));
            }
            return p;
        }

        private void table(Table t) throws DocumentException {
            if (t.landscape()) {
                document.setPageSize(PageSize.A4.rotate());
                document.newPage();
            }
            if (t.caption() != null) {
                com.lowagie.text.Paragraph cap = new com.lowagie.text.Paragraph(
                        doc.label(t.id()) + ". " + t.caption(), caption);
                cap.setSpacingBefore(6);
                cap.setSpacingAfter(4);
                cap.setKeepTogether(true);
                document.add(cap);
            }
            int cols = t.columns();
            if (cols > 0) {
                PdfPTable table = new PdfPTable(cols);
                table.setWidthPercentage(100);
                float[] widths = new float[cols];
                for (int i = 0; i < cols; i++) {
                    widths[i] = i < t.widths().size() ? t.widths().get(i) : 1;
                }
                table.setWidths(widths);
                table.setHeaderRows(t.header().size());
                table.setSpacingAfter(10);
                for (List<String> row : t.header()) {
                    for (int c = 0; c < cols; c++) {
                        table.addCell(cell(c < row.size() ? row.get(c) : "", smallBold, t.numeric().get(c), true));
                    }
                }
                for (List<String> row : t.rows()) {
                    for (int c = 0; c < cols; c++) {
                        table.addCell(cell(c < row.size() ? row.get(c) : "", small, t.numeric().get(c), false));
                    }
                }
                document.add(table);
            }
            if (t.landscape()) {
                document.setPageSize(PageSize.A4);
                document.newPage();
            }
        }

        private PdfPCell cell(String text, Font f, boolean numeric, boolean header) {
            PdfPCell c = new PdfPCell(new Phrase(text, f));
            c.setPadding(3);
            c.setBorderWidth(0.5f);
            c.setBorderColor(new java.awt.Color(0xA6A6A6));
            if (header) {
                c.setBackgroundColor(new java.awt.Color(0xDDEBF7));
            }
            c.setHorizontalAlignment(numeric && !header ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            return c;
        }

        private void figure(Figure f) throws DocumentException {
            float w = ChartFactory.WIDTH;
            float h = ChartFactory.height(f.chart());
            if (writer.getVerticalPosition(true) - document.bottom() < h + 40) {
                document.newPage();
            }
            com.lowagie.text.Paragraph cap = new com.lowagie.text.Paragraph(doc.label(f.id()) + ". " + f.caption(),
                    caption);
            cap.setSpacingBefore(6);
            cap.setSpacingAfter(4);
            document.add(cap);
            PdfTemplate tp = writer.getDirectContent().createTemplate(w, h);
            if (drawCharts) {
                Graphics2D g2 = new PdfGraphics2D(tp, w, h, new Mapper(regularBase, boldBase), false, false, 0f);
                try {
                    ChartFactory.create(f.chart()).draw(g2, new Rectangle2D.Double(0, 0, w, h));
                } finally {
                    g2.dispose();
                }
            }
            Image img = Image.getInstance(tp);
            img.setAlt(f.alt());
            img.setSpacingAfter(8);
            document.add(img);
        }
    }

    /** Maps the charts' AWT fonts to the embedded PDF fonts, so chart text is real, embedded text. */
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] digest(String s) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(full, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
