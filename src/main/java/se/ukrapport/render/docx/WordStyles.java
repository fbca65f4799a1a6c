package se.ukrapport.render.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document's styles, defined with Word's built-in style ids and names ("heading 1",
 * "caption", "toc 1" …) so that Word recognises them as its own: shown as Rubrik 1 / Bildtext in
 * a Swedish Word, used by the navigation pane, the TOC field and caption numbering.
 */
final class WordStyles {

    static final String FONT = "Arial";

    private WordStyles() {
    }

    static void install(XWPFDocument d) {
        XWPFStyles styles = d.createStyles();
        styles.setSpellingLanguage("sv-SE");
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        add(styles, "Normal", "Normal", null, 0, 20, false, 120, -1);
        add(styles, "Title", "Title", "Normal", 0, 52, true, 240, -1);
        add(styles, "Subtitle", "Subtitle", "Normal", 0, 32, false, 240, -1);
        add(styles, "Heading1", "heading 1", "Normal", 1, 32, true, 120, 0);
        add(styles, "Heading2", "heading 2", "Normal", 2, 26, true, 80, 1);
        add(styles, "Heading3", "heading 3", "Normal", 3, 22, true, 60, 2);
        add(styles, "Caption", "caption", "Normal", 0, 18, true, 60, -1);
        add(styles, "TOCHeading", "TOC Heading", "Normal", 0, 32, true, 120, -1);
        add(styles, "TOC1", "toc 1", "Normal", 0, 20, true, 60, -1);
        add(styles, "TOC2", "toc 2", "Normal", 0, 20, false, 40, -1);
        add(styles, "ListParagraph", "List Paragraph", "Normal", 0, 20, false, 60, -1);
    }

    /**
     * @param headingLevel 1–3 for headings (keep with next, space before), 0 otherwise
     * @param outline      outline level (0 = level 1) for headings, -1 for none
     */
    private static void add(XWPFStyles styles, String id, String name, String basedOn, int headingLevel,
            int halfPoints, boolean bold, int spaceAfterTwips, int outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewUiPriority().setVal(BigInteger.valueOf(headingLevel > 0 ? 9 : 39));
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.valueOf(spaceAfterTwips));
        if (headingLevel > 0) {
            ppr.getSpacing().setBefore(BigInteger.valueOf(headingLevel == 1 ? 360 : 240));
            ppr.addNewKeepNext();
            ppr.addNewKeepLines();
        }
        if (id.equals("TOC2")) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(220));
        }
        if (id.equals("ListParagraph")) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(720));
        }
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (headingLevel > 0 || id.equals("Title")) {
            rpr.addNewColor().setVal("1F4E79");
        }
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
