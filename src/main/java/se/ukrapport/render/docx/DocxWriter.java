package se.ukrapport.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

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
 * Lays the document model out as Word (Apache POI): built-in heading styles, a TOC field that
 * Word updates on open, "Tabell N." / "Figur N." captions as SEQ fields with the right cached
 * numbers, repeated table header rows, landscape sections for wide tables, page numbers in the
 * footer, language sv-SE. Output is byte-for-byte deterministic (see {@link DeterministicZip}).
 */
public final class DocxWriter {

    private static final int PORTRAIT_W = 11906;
    private static final int PORTRAIT_H = 16838;
    private static final int MARGIN = 1418;

    /** @param fullReport with title page and table of contents (the whole report, not one chapter) */
    public byte[] write(ReportDocument doc, boolean fullReport) {
        // Tables' body rows go into document.xml as text when the file is saved (TableRowsXml).
        List<TableRowsXml.Rows> bodyRows = new ArrayList<>();
        try (XWPFDocument d = new XWPFDocument()) {
            WordStyles.install(d);
            d.getProperties().getCoreProperties().setTitle(doc.meta().title());
            d.getProperties().getCoreProperties().setCreator(doc.meta().unit());
            d.getProperties().getCoreProperties().setLastModifiedByUser(doc.meta().unit());
            if (doc.meta().date() != null) {
                Date date = Date.from(doc.meta().date().atStartOfDay().toInstant(ZoneOffset.UTC));
                d.getProperties().getCoreProperties().setCreated(Optional.of(date));
                d.getProperties().getCoreProperties().setModified(Optional.of(date));
            }
            d.getProperties().getExtendedProperties().setApplication("uk-rapport");
            WordLists lists = new WordLists(d);
            if (fullReport) {
                titlePage(d, doc);
                toc(d, doc);
            }
            boolean first = true;
            for (Chapter c : doc.chapters()) {
                for (Block b : c.blocks()) {
                    if (b instanceof Heading h) {
                        heading(d, h, h.level() == 1 && !first);
                        first = false;
                    } else if (b instanceof Paragraph p) {
                        XWPFParagraph para = d.createParagraph();
                        inlines(para, doc, p.inlines());
                    } else if (b instanceof BulletList l) {
                        for (List<Inline> item : l.items()) {
                            XWPFParagraph para = d.createParagraph();
                            para.setStyle("ListParagraph");
                            para.setNumID(lists.bullets());
                            inlines(para, doc, item);
                        }
                    } else if (b instanceof Table t) {
                        table(d, doc, t, bodyRows);
                    } else if (b instanceof Figure f) {
                        figure(d, doc, f);
                    }
                }
            }
            CTSectPr last = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                    : d.getDocument().getBody().addNewSectPr();
            page(last, false);
            XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph fp = footer.createParagraph();
            fp.setAlignment(ParagraphAlignment.CENTER);
            field(fp, "PAGE", "1");
            d.enforceUpdateFields();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            return DeterministicZip.normalise(out.toByteArray(), doc.meta().date(),
                    Map.of("word/document.xml", (xml, zip) -> TableRowsXml.splice(xml, bodyRows, zip)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void titlePage(XWPFDocument d, ReportDocument doc) {
        XWPFParagraph t = d.createParagraph();
        t.setStyle("Title");
        t.setSpacingBefore(4000);
        t.createRun().setText(doc.meta().title());
        if (doc.meta().subtitle() != null && !doc.meta().subtitle().isEmpty()) {
            XWPFParagraph s = d.createParagraph();
            s.setStyle("Subtitle");
            s.createRun().setText(doc.meta().subtitle());
        }
        XWPFParagraph u = d.createParagraph();
        u.setSpacingBefore(2400);
        u.createRun().setText(doc.meta().unit());
        if (doc.meta().date() != null) {
            d.createParagraph().createRun().setText(doc.meta().date().toString());
        }
        if (doc.meta().colophon() != null && !doc.meta().colophon().isEmpty()) {
            XWPFParagraph c = d.createParagraph();
            c.setSpacingBefore(2400);
            XWPFRun r = c.createRun();
            r.setFontSize(8);
            r.setText(doc.meta().colophon());
        }
    }

    private void toc(XWPFDocument d, ReportDocument doc) {
        XWPFParagraph h = d.createParagraph();
        h.setStyle("TOCHeading");
        h.setPageBreak(true);
        h.createRun().setText("Innehåll");
        // A complex TOC field; its cached result lists the headings so the document reads well
        // even before Word updates the field (which it offers to do on open: updateFields).
        XWPFParagraph p = d.createParagraph();
        CTR begin = p.getCTP().addNewR();
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        begin.getFldCharArray(0).setDirty(true);
        CTR instr = p.getCTP().addNewR();
        CTText it = instr.addNewInstrText();
        it.setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        it.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        List<Heading> entries = doc.tocEntries();
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph e = i == 0 ? p : d.createParagraph();
            e.setStyle(entries.get(i).level() == 1 ? "TOC1" : "TOC2");
            e.createRun().setText(entries.get(i).text());
            if (i == entries.size() - 1) {
                e.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
        if (entries.isEmpty()) {
            p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
    }

    private void heading(XWPFDocument d, Heading h, boolean newPage) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle("Heading" + h.level());
        if (newPage) {
            p.setPageBreak(true);
        }
        p.createRun().setText(h.text());
    }

    private void inlines(XWPFParagraph p, ReportDocument doc, List<Inline> inlines) {
        for (Inline i : inlines) {
            XWPFRun r = p.createRun();
            r.setText(doc.text(i));
            if (i instanceof Inline.Strong) {
                r.setBold(true);
            } else if (i instanceof Inline.Emphasis) {
                r.setItalic(true);
            }
        }
    }

    private void caption(XWPFDocument d, String label, int number, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle("Caption");
        p.setKeepNext(true);
        p.createRun().setText(label + " ");
        field(p, "SEQ " + label + " \\* ARABIC", Integer.toString(number));
        p.createRun().setText(". " + text);
    }

    /** A complex field with its cached result, so the number is right before Word updates it. */
    static void field(XWPFParagraph p, String instruction, String cached) {
        CTR begin = p.getCTP().addNewR();
        CTFldChar b = begin.addNewFldChar();
        b.setFldCharType(STFldCharType.BEGIN);
        CTR instr = p.getCTP().addNewR();
        CTText t = instr.addNewInstrText();
        t.setStringValue(" " + instruction + " ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.getCTP().addNewR().addNewT().setStringValue(cached);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void table(XWPFDocument d, ReportDocument doc, Table t, List<TableRowsXml.Rows> bodyRows) {
        if (t.landscape()) {
            sectionBreak(d, false);
        }
        if (t.caption() != null) {
            caption(d, "Tabell", doc.number(t.id()), t.caption());
        }
        int cols = t.columns();
        int rows = t.header().size() + t.rows().size();
        if (cols == 0 || rows == 0) {
            return;
        }
        boolean body = !t.rows().isEmpty();
        XWPFTable table = d.createTable(t.header().size() + (body ? 1 : 0), cols);
        table.setWidth("100%");
        int[] widths = widths(t, t.landscape() ? PORTRAIT_H - 2 * MARGIN : PORTRAIT_W - 2 * MARGIN);
        int r = 0;
        for (List<String> header : t.header()) {
            XWPFTableRow row = table.getRow(r++);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            fill(row, header, widths);
        }
        if (body) {
            // One placeholder row; the body rows replace it in the saved document.xml.
            table.getRow(r).getCell(0).getParagraphs().get(0).createRun()
                    .setText(TableRowsXml.marker(bodyRows.size()));
            bodyRows.add(new TableRowsXml.Rows(t.rows(), t.numeric(), widths));
        }
        d.createParagraph();
        if (t.landscape()) {
            sectionBreak(d, true);
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

    /** A header row; body rows are {@link TableRowsXml#row}. */
    private void fill(XWPFTableRow row, List<String> values, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(Integer.toString(widths[c]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            XWPFRun run = p.createRun();
            run.setFontSize(9);
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

    private void figure(XWPFDocument d, ReportDocument doc, Figure f) {
        caption(d, "Figur", doc.number(f.id()), f.caption());
        XWPFParagraph p = d.createParagraph();
        XWPFRun r = p.createRun();
        try {
            WordCharts.add(d, r, f.chart());
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        // Alt text for screen readers: the drawing's docPr description.
        var inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(f.alt());
        inline.getDocPr().setTitle(doc.label(f.id()));
    }

    /** Ends the current section: portrait (before a landscape table) or landscape (after it). */
    private void sectionBreak(XWPFDocument d, boolean landscape) {
        XWPFParagraph p = d.createParagraph();
        CTSectPr s = p.getCTP().addNewPPr().addNewSectPr();
        page(s, landscape);
    }

    private static void page(CTSectPr s, boolean landscape) {
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        if (landscape) {
            size.setW(BigInteger.valueOf(PORTRAIT_H));
            size.setH(BigInteger.valueOf(PORTRAIT_W));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(PORTRAIT_W));
            size.setH(BigInteger.valueOf(PORTRAIT_H));
            size.setOrient(STPageOrientation.PORTRAIT);
        }
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN));
        m.setBottom(BigInteger.valueOf(MARGIN));
        m.setLeft(BigInteger.valueOf(MARGIN));
        m.setRight(BigInteger.valueOf(MARGIN));
        m.setHeader(BigInteger.valueOf(708));
        m.setFooter(BigInteger.valueOf(708));
        m.setGutter(BigInteger.ZERO);
    }

    static CTBody body(XWPFDocument d) {
        return d.getDocument().getBody();
    }
}
