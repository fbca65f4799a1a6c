package se.ukrapport.render.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import se.ukrapport.render.model.PageLayout;

/**
 * A bulleted-list numbering definition, so list items are real Word lists, not typed
 * bullets.
 */
final class WordLists {

    private final XWPFDocument doc;

    private BigInteger bullets;

    WordLists(XWPFDocument doc) {
        this.doc = doc;
    }

    BigInteger bullets() {
        if (bullets == null) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal("\u2022");
            lvl.addNewStart().setVal(BigInteger.ONE);
            // The PDF's list: the bullet at the margin, the text one indent in.
            int indent = PageLayout.twips(PageLayout.LIST_INDENT);
            lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(indent));
            lvl.getPPr().getInd().setHanging(BigInteger.valueOf(indent));
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            bullets = numbering.addNum(absId);
        }
        return bullets;
    }

}
