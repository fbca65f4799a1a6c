package se.ukrapport.render.docx;

import static se.ukrapport.render.model.PageLayout.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

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
 * Lays the document model out as Word (Apache POI), paginated as the PDF edition is
 * ({@link PageLayout}, {@link PageFlow}): the same font metrics, sizes, exact line
 * heights, spacing and page breaks. So the table of contents can be stored with the PDF
 * writer's page numbers — each entry a hyperlink to its heading's bookmark, inside a TOC
 * field Word can update — and a reader without Word sees the right pages. Page numbers in
 * every section's footer (portrait and landscape), not on the first page; "Tabell N." /
 * "Figur N." captions as SEQ fields whose numbers are bookmarked, and references in the
 * text ("se figur 15") as REF fields to them; editable charts; language sv-SE. Output is
 * byte-for-byte deterministic (see {@link DeterministicZip}).
 */
public final class DocxWriter {

    private final WordChartParts charts;

    /** A writer whose charts are made for each file. */
    public DocxWriter() {
        this(new WordChartParts());
    }

    /**
     * A writer that copies the charts already in {@code charts} and keeps those it makes.
     */
    public DocxWriter(WordChartParts charts) {
        this.charts = charts;
    }

    /**
     * @param fullReport with title page and table of contents (the whole report), else a
     * chapter file with its own first page and contents
     * @param tocPages the page of each {@link ReportDocument#tocEntries()} entry, as the
     * PDF writer placed it
     */
    public byte[] write(ReportDocument doc, boolean fullReport, List<Integer> tocPages) {
        return write(doc, fullReport, () -> tocPages);
    }

    /**
     * {@link #write(ReportDocument, boolean, List)} with the pages asked for only when
     * the document is built: they may come from a PDF being laid out meanwhile.
     */
    public byte[] write(ReportDocument doc, boolean fullReport, Supplier<List<Integer>> tocPages) {
        try (XWPFDocument d = new XWPFDocument()) {
            Build b = new Build(d, doc, charts);
            b.run(fullReport);
            b.tocPageNumbers(tocPages.get());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            byte[] styles = WordStyles.xml();
            byte[] settings = WordSettings.xml();
            return DeterministicZip.normalise(out.toByteArray(), doc.meta().date(),
                    Map.of("word/document.xml", (xml, zip) -> TableRowsXml.splice(xml, b.bodyRows, zip),
                            "word/styles.xml", (xml, zip) -> zip.write(styles), "word/settings.xml",
                            (xml, zip) -> zip.write(settings)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being built: the section, spacing and bookmark state of the flow. */
    private static final class Build {

        private final XWPFDocument d;

        private final ReportDocument doc;

        /**
         * The run of each TOC entry's page number, filled in when the pages are known.
         */
        private final List<CTR> tocPageRuns = new ArrayList<>();

        private final WordChartParts charts;

        /**
         * Tables' body rows go into document.xml as text when the file is saved
         * (TableRowsXml).
         */
        final List<TableRowsXml.Rows> bodyRows = new ArrayList<>();

        private final WordLists lists;

        /**
         * Ids of the tables and figures in this file: references to others stay plain
         * text.
         */
        private final Set<String> objectsHere = new HashSet<>();

        private String footerId;

        private String firstFooterId;

        private boolean landscape;

        private boolean firstSection = true;

        /** The next block starts a section, and so a page: no page break of its own. */
        private boolean sectionStart;

        /** The last body element, if it is a paragraph (a section break can end it). */
        private XWPFParagraph lastParagraph;

        /** The space after {@link #lastParagraph}. */
        private float lastAfter;

        /**
         * Space the next paragraph takes before it, after a table (the PDF's space after
         * a table).
         */
        private float pendingBefore;

        private int bookmarks;

        private int tocIndex;

        Build(XWPFDocument d, ReportDocument doc, WordChartParts charts) {
            this.d = d;
            this.charts = charts;
            this.doc = doc;
            this.lists = new WordLists(d);
            for (Chapter c : doc.chapters()) {
                objectsHere.addAll(ReportDocument.objectIds(c));
            }
        }

        void run(boolean fullReport) {
            properties();
            d.createStyles();
            footers();
            if (fullReport) {
                titlePage();
                verso();
                toc(true);
            }
            else {
                XWPFParagraph p = paragraph("Cover");
                p.createRun().setText(PageFlow.coverLine(doc));
                toc(false);
            }
            for (Chapter c : doc.chapters()) {
                List<Block> blocks = c.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    Block b = blocks.get(i);
                    orientation(PageFlow.landscape(blocks, i));
                    if (b instanceof Heading h) {
                        heading(h);
                    }
                    else if (b instanceof Paragraph p) {
                        XWPFParagraph para = paragraph("Normal");
                        if (PageFlow.introducesFigure(blocks, i) || PageFlow.introducesList(blocks, i)) {
                            // The sentence that introduces a figure or a list stays
                            // whole, on the page of the figure or the list's first item.
                            para.setKeepNext(true);
                            pPr(para).addNewKeepLines();
                        }
                        inlines(para, p.inlines());
                    }
                    else if (b instanceof BulletList l) {
                        list(l, PageFlow.introducesList(blocks, i - 1));
                    }
                    else if (b instanceof Table t) {
                        table(t);
                    }
                    else if (b instanceof Figure f) {
                        figure(f);
                    }
                }
            }
            if (lastParagraph == null) {
                // Word needs a paragraph after a closing table: one that takes no room.
                tinyParagraph();
            }
            CTSectPr last = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                    : d.getDocument().getBody().addNewSectPr();
            section(last);
        }

        private void properties() {
            POIXMLProperties.CoreProperties core = d.getProperties().getCoreProperties();
            core.setTitle(doc.meta().title());
            core.setCreator(doc.meta().unit());
            core.setLastModifiedByUser(doc.meta().unit());
            String subject = doc.meta().subtitle() == null || doc.meta().subtitle().isEmpty() ? doc.meta().title()
                    : doc.meta().subtitle();
            core.getUnderlyingProperties().setSubjectProperty(subject);
            core.setKeywords("Uthållig kommun; energi; klimat; kommuner; uppföljning");
            core.getUnderlyingProperties().setLanguageProperty("sv-SE");
            if (doc.meta().date() != null) {
                Date date = Date.from(doc.meta().date().atStartOfDay().toInstant(ZoneOffset.UTC));
                core.setCreated(Optional.of(date));
                core.setModified(Optional.of(date));
            }
            d.getProperties().getExtendedProperties().setApplication("uk-rapport");
        }

        /**
         * One footer with the page number for every section; an empty one for the first
         * page.
         */
        private void footers() {
            XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph fp = footer.createParagraph();
            fp.setStyle("Footer");
            fp.setAlignment(ParagraphAlignment.CENTER);
            field(fp, "PAGE", "2");
            XWPFFooter first = d.createFooter(HeaderFooterType.FIRST);
            first.createParagraph().setStyle("Footer");
            footerId = d.getRelationId(footer);
            firstFooterId = d.getRelationId(first);
        }

        private XWPFParagraph paragraph(String style) {
            return paragraph(style, 0);
        }

        /**
         * A new paragraph with the space the PDF puts before it. Between two paragraphs
         * that space is added to the first one's space after: Word adds a paragraph's
         * space after and the next one's space before, LibreOffice takes the larger of
         * the two, so only one of them is ever set. Like the PDF's, a space after is
         * dropped at the foot of a page. After a table (no space after in Word) the space
         * goes before the paragraph.
         */
        private XWPFParagraph paragraph(String style, float before) {
            if (lastParagraph != null && before > 0) {
                after(lastParagraph, lastAfter + before);
            }
            XWPFParagraph p = d.createParagraph();
            p.setStyle(style);
            if (pendingBefore > 0) {
                spacing(p).setBefore(BigInteger.valueOf(twips(pendingBefore + before)));
                pendingBefore = 0;
            }
            lastParagraph = p;
            lastAfter = WordStyles.after(style);
            return p;
        }

        private void after(XWPFParagraph p, float after) {
            spacing(p).setAfter(BigInteger.valueOf(twips(after)));
            if (p == lastParagraph) {
                lastAfter = after;
            }
        }

        /** The paragraph's properties, made if it has none yet. */
        private static CTPPr pPr(XWPFParagraph p) {
            return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        }

        private static CTSpacing spacing(XWPFParagraph p) {
            CTPPr ppr = pPr(p);
            return ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        }

        private void titlePage() {
            XWPFParagraph t = paragraph("Title");
            t.createRun().setText(doc.meta().title());
            if (doc.meta().subtitle() != null && !doc.meta().subtitle().isEmpty()) {
                paragraph("Subtitle").createRun().setText(doc.meta().subtitle());
            }
            XWPFParagraph u = paragraph("Normal", PageLayout.TITLE_BLOCK_GAP);
            after(u, 0);
            u.createRun().setText(doc.meta().unit());
            if (doc.meta().date() != null) {
                XWPFParagraph date = paragraph("Normal");
                after(date, 0);
                date.createRun().setText(doc.meta().date().toString());
            }
        }

        /**
         * The back of the title page: the title at the top, the publication details in
         * small print at the foot.
         */
        private void verso() {
            XWPFParagraph t = paragraph("Normal");
            t.setPageBreak(true);
            after(t, 0);
            XWPFRun title = t.createRun();
            title.setBold(true);
            title.setText(doc.meta().title());
            boolean subtitle = doc.meta().subtitle() != null && !doc.meta().subtitle().isEmpty();
            if (subtitle) {
                XWPFParagraph s = paragraph("Normal");
                after(s, 0);
                s.createRun().setText(doc.meta().subtitle());
            }
            List<String> details = PageFlow.publicationDetails(doc.meta());
            float gap = PageFlow.versoGap(doc.meta(),
                    d -> ReportFonts.lines(d, PageLayout.COLOPHON_SIZE, PageLayout.textWidth(false)));
            for (int i = 0; i < details.size(); i++) {
                XWPFParagraph c = paragraph("Normal", i == 0 ? gap : 0);
                after(c, 0);
                CTSpacing s = spacing(c);
                s.setLine(BigInteger.valueOf(twips(PageLayout.COLOPHON_LEADING)));
                s.setLineRule(STLineSpacingRule.EXACT);
                XWPFRun r = c.createRun();
                r.setFontSize(PageLayout.COLOPHON_SIZE);
                r.setText(details.get(i));
            }
        }

        /**
         * The table of contents as Word stores it after "Uppdatera fält": a TOC field
         * whose result holds one paragraph per heading, each a hyperlink to the heading's
         * bookmark with its page number (a PAGEREF result) after a dotted tab; the page
         * numbers are the PDF edition's.
         */
        private void toc(boolean pageBreak) {
            XWPFParagraph h = paragraph("TOCHeading");
            h.setPageBreak(pageBreak);
            h.createRun().setText(PageFlow.TOC_TITLE);
            List<Heading> entries = doc.tocEntries();
            for (int i = 0; i < entries.size(); i++) {
                Heading e = entries.get(i);
                XWPFParagraph p = paragraph(e.level() == 1 ? "TOC1" : "TOC2");
                CTP ctp = p.getCTP();
                if (i == 0) {
                    fieldChar(ctp, STFldCharType.BEGIN);
                    instruction(ctp, "TOC \\o \"1-2\" \\h \\z \\u");
                    fieldChar(ctp, STFldCharType.SEPARATE);
                }
                CTHyperlink link = ctp.addNewHyperlink();
                link.setAnchor(tocBookmark(i));
                link.setHistory(true);
                text(link.addNewR(), e.text());
                link.addNewR().addNewTab();
                CTSimpleField page = link.addNewFldSimple();
                page.setInstr(" PAGEREF " + tocBookmark(i) + " \\h ");
                tocPageRuns.add(page.addNewR());
                if (i == entries.size() - 1) {
                    fieldChar(ctp, STFldCharType.END);
                }
            }
        }

        void tocPageNumbers(List<Integer> pages) {
            for (int i = 0; i < tocPageRuns.size(); i++) {
                text(tocPageRuns.get(i), i < pages.size() ? Integer.toString(pages.get(i)) : "");
            }
        }

        private static String tocBookmark(int i) {
            return String.format(Locale.ROOT, "_Toc%08d", i + 1);
        }

        /** A caption number's bookmark, for REF fields: "_RefFigur15". */
        private String captionBookmark(String id) {
            return "_Ref" + doc.label(id).replace(" ", "");
        }

        /**
         * Ends the section when the orientation changes: the next block starts a page of
         * the other kind.
         */
        private void orientation(boolean wanted) {
            if (wanted == landscape) {
                return;
            }
            XWPFParagraph end = lastParagraph != null ? lastParagraph : tinyParagraph();
            CTPPr ppr = pPr(end);
            section(ppr.addNewSectPr());
            landscape = wanted;
            sectionStart = true;
            pendingBefore = 0;
        }

        /**
         * A paragraph of one point, where Word needs a paragraph but the PDF has nothing
         * (after a table).
         */
        private XWPFParagraph tinyParagraph() {
            float keep = pendingBefore;
            pendingBefore = 0;
            XWPFParagraph p = paragraph("Normal");
            after(p, 0);
            CTSpacing s = spacing(p);
            s.setLine(BigInteger.valueOf(20));
            s.setLineRule(STLineSpacingRule.EXACT);
            p.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.TWO);
            pendingBefore = keep;
            return p;
        }

        /** A section's page: size, orientation, margins and the footer references. */
        private void section(CTSectPr s) {
            while (s.sizeOfFooterReferenceArray() > 0) {
                s.removeFooterReference(0);
            }
            CTHdrFtrRef ref = s.addNewFooterReference();
            ref.setType(STHdrFtr.DEFAULT);
            ref.setId(footerId);
            if (firstSection) {
                CTHdrFtrRef first = s.addNewFooterReference();
                first.setType(STHdrFtr.FIRST);
                first.setId(firstFooterId);
                if (!s.isSetTitlePg()) {
                    s.addNewTitlePg();
                }
            }
            else if (s.isSetTitlePg()) {
                s.unsetTitlePg();
            }
            firstSection = false;
            CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
            int w = twips(PageLayout.PAGE_WIDTH);
            int h = twips(PageLayout.PAGE_HEIGHT);
            size.setW(BigInteger.valueOf(landscape ? h : w));
            size.setH(BigInteger.valueOf(landscape ? w : h));
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
            BigInteger margin = BigInteger.valueOf(twips(PageLayout.MARGIN));
            m.setTop(margin);
            m.setBottom(margin);
            m.setLeft(margin);
            m.setRight(margin);
            m.setHeader(BigInteger.valueOf(twips(PageLayout.FOOTER)));
            m.setFooter(BigInteger.valueOf(twips(PageLayout.FOOTER)));
            m.setGutter(BigInteger.ZERO);
        }

        private void heading(Heading h) {
            if (h.level() == 1) {
                // A chapter starts a page: no space before it for a table at the end of
                // the last one.
                pendingBefore = 0;
            }
            XWPFParagraph p = paragraph("Heading" + h.level(), h.level() == 1 ? 0 : PageLayout.HEADING_BEFORE);
            // A chapter starts a page, unless a section break has just started one.
            if (h.level() == 1 && !sectionStart) {
                p.setPageBreak(true);
            }
            sectionStart = false;
            if (h.level() <= 2) {
                bookmark(p.getCTP(), tocBookmark(tocIndex++), () -> text(p.getCTP().addNewR(), h.text()));
            }
            else {
                p.createRun().setText(h.text());
            }
        }

        private void bookmark(CTP p, String name, Runnable content) {
            CTBookmark start = p.addNewBookmarkStart();
            BigInteger id = BigInteger.valueOf(bookmarks++);
            start.setId(id);
            start.setName(name);
            content.run();
            p.addNewBookmarkEnd().setId(id);
        }

        private void inlines(XWPFParagraph p, List<Inline> inlines) {
            sectionStart = false;
            for (Inline i : inlines) {
                if (i instanceof Inline.Ref r && objectsHere.contains(r.targetId())) {
                    reference(p, r);
                    continue;
                }
                XWPFRun run = p.createRun();
                run.setText(doc.text(i));
                if (i instanceof Inline.Strong) {
                    run.setBold(true);
                }
                else if (i instanceof Inline.Emphasis) {
                    run.setItalic(true);
                }
            }
        }

        /**
         * "figur 15" as the word and a REF field to the caption's bookmarked number, so
         * it follows renumbering.
         */
        private void reference(XWPFParagraph p, Inline.Ref r) {
            String label = doc.text(r);
            int space = label.lastIndexOf(' ');
            p.createRun().setText(label.substring(0, space + 1));
            field(p, "REF " + captionBookmark(r.targetId()) + " \\h", label.substring(space + 1));
        }

        /**
         * @param introduced whether a sentence before it is kept with its first item
         */
        private void list(BulletList l, boolean introduced) {
            List<List<Inline>> items = l.items();
            for (int i = 0; i < items.size(); i++) {
                XWPFParagraph para = paragraph("ListParagraph");
                para.setNumID(lists.bullets());
                if (i == 0 && introduced) {
                    // The first item stays whole beside the sentence that introduces it.
                    pPr(para).addNewKeepLines();
                }
                if (i == items.size() - 1) {
                    after(para, PageLayout.LIST_AFTER);
                }
                inlines(para, items.get(i));
            }
        }

        private void caption(String label, String id, String text) {
            XWPFParagraph p = paragraph("Caption", PageLayout.CAPTION_BEFORE);
            sectionStart = false;
            p.createRun().setText(label + " ");
            bookmark(p.getCTP(), captionBookmark(id),
                    () -> field(p, "SEQ " + label + " \\* ARABIC", Integer.toString(doc.number(id))));
            p.createRun().setText(". " + text);
        }

        private void table(Table t) {
            if (t.caption() != null) {
                caption("Tabell", t.id(), t.caption());
            }
            else if (lastParagraph == null) {
                // Two tables in a row would merge in Word: the PDF's space between them,
                // as a paragraph.
                XWPFParagraph gap = tinyParagraph();
                spacing(gap).setLine(BigInteger.valueOf(twips(pendingBefore)));
                pendingBefore = 0;
            }
            sectionStart = false;
            int cols = t.columns();
            int rows = t.header().size() + t.rows().size();
            if (cols == 0 || rows == 0) {
                return;
            }
            boolean body = !t.rows().isEmpty();
            XWPFTable table = d.createTable(t.header().size() + (body ? 1 : 0), cols);
            lastParagraph = null;
            int[] widths = widths(t, twips(PageLayout.textWidth(landscape)));
            layout(table, widths);
            int r = 0;
            for (List<String> header : t.header()) {
                XWPFTableRow row = table.getRow(r++);
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
                fill(row, header, t.numeric(), widths);
            }
            if (body) {
                // One placeholder row; the body rows replace it in the saved
                // document.xml.
                table.getRow(r)
                    .getCell(0)
                    .getParagraphs()
                    .get(0)
                    .createRun()
                    .setText(TableRowsXml.marker(bodyRows.size()));
                bodyRows.add(new TableRowsXml.Rows(t.rows(), t.numeric(), widths));
            }
            pendingBefore = PageLayout.TABLE_AFTER;
        }

        /**
         * The table style, fixed column widths (Word must not re-fit them), the header
         * row look.
         */
        private static void layout(XWPFTable table, int[] widths) {
            CTTblPr pr = table.getCTTbl().getTblPr();
            if (pr.isSetTblBorders()) {
                pr.unsetTblBorders();
            }
            pr.addNewTblStyle().setVal(WordStyles.TABLE);
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            width.setW(BigInteger.valueOf(total));
            width.setType(STTblWidth.DXA);
            pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
            var look = pr.addNewTblLook();
            look.setVal(new byte[] { 0x04, 0x20 });
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
        }

        private static int[] widths(Table t, int total) {
            int cols = t.columns();
            int[] w = new int[cols];
            int sum = 0;
            for (int i = 0; i < cols; i++) {
                sum += i < t.widths().size() ? t.widths().get(i) : 1;
            }
            for (int i = 0; i < cols; i++) {
                w[i] = total * (i < t.widths().size() ? t.widths().get(i) : 1) / sum;
            }
            return w;
        }

        /**
         * A header row, each cell aligned as its column; body rows are
         * {@link TableRowsXml#row}.
         */
        private static void fill(XWPFTableRow row, List<String> values, List<Boolean> numeric, int[] widths) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(WordStyles.TABLE_TEXT);
                if (numeric.get(c)) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                XWPFRun run = p.createRun();
                run.setBold(true);
                String v = c < values.size() ? values.get(c) : "";
                String[] lines = v.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i]);
                }
            }
        }

        private void figure(Figure f) {
            caption("Figur", f.id(), f.caption());
            XWPFParagraph p = paragraph("Normal");
            // The chart's line is as high as the chart: the paragraph's font is one
            // point, so that
            // Word (which adds the font's descent under an inline picture) and
            // LibreOffice (which
            // does not) agree with the PDF.
            after(p, PageLayout.FIGURE_AFTER);
            CTSpacing s = spacing(p);
            s.setLine(BigInteger.valueOf(240));
            s.setLineRule(STLineSpacingRule.AUTO);
            p.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.TWO);
            XWPFRun r = p.createRun();
            r.setFontSize(1);
            try {
                WordCharts.add(d, r, f.chart(), charts);
            }
            catch (IOException | InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
            // Alt text for screen readers: the drawing's docPr, naming the figure,
            // question and result.
            var inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(doc.label(f.id()) + ": " + f.alt());
            inline.getDocPr().setTitle(doc.label(f.id()) + ". " + f.caption());
            // The name Word's selection pane shows: the figure's id, as its data file is
            // named.
            inline.getDocPr().setName(f.id());
        }

    }

    /**
     * A complex field with its cached result, so the number is right before Word updates
     * it.
     */
    static void field(XWPFParagraph p, String instruction, String cached) {
        CTP ctp = p.getCTP();
        fieldChar(ctp, STFldCharType.BEGIN);
        instruction(ctp, instruction);
        fieldChar(ctp, STFldCharType.SEPARATE);
        text(ctp.addNewR(), cached);
        fieldChar(ctp, STFldCharType.END);
    }

    private static void fieldChar(CTP p, STFldCharType.Enum type) {
        p.addNewR().addNewFldChar().setFldCharType(type);
    }

    private static void instruction(CTP p, String instruction) {
        CTText t = p.addNewR().addNewInstrText();
        t.setStringValue(" " + instruction + " ");
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static void text(CTR r, String text) {
        CTText t = r.addNewT();
        t.setStringValue(text);
        if (!text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

}
