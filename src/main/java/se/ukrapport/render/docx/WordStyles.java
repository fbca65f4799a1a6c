package se.ukrapport.render.docx;

import static se.ukrapport.render.model.PageLayout.twips;

import java.nio.charset.StandardCharsets;

import se.ukrapport.render.charts.ReportFonts;
import se.ukrapport.render.model.PageLayout;

/**
 * The document's style sheet (word/styles.xml), written from {@link PageLayout} so that
 * Word lays the pages out as the PDF writer does: the PDF's font metrics (Arial, as which
 * Liberation Sans is embedded in the PDF), its type sizes, exact line heights and the
 * same space before and after; widow and orphan control on, as Word has it by default
 * (the PDF follows it). Styles carry Word's built-in ids and names ("heading 1",
 * "caption", "toc 1" …) so that a Swedish Word shows them as Rubrik 1, Beskrivning,
 * Innehåll 1 and uses them in the navigation pane, the TOC field and caption numbering.
 * Written as text: POI's lite schemas have no type for table-style conditional
 * formatting.
 */
final class WordStyles {

    static final String TABLE = "Tabell";
    static final String TABLE_TEXT = "Tabelltext";

    private WordStyles() {
    }

    /**
     * A paragraph style's space after. No style has space before (but the title): the
     * writer adds the PDF's space before a heading or caption to the previous paragraph's
     * space after.
     */
    static float after(String style) {
        return switch (style) {
            case "Normal", "Heading1", "Heading2", "Heading3" -> PageLayout.PARAGRAPH_AFTER;
            case "Caption" -> PageLayout.CAPTION_AFTER;
            case "TOCHeading", "Cover" -> PageLayout.TOC_HEADING_AFTER;
            default -> 0f;
        };
    }

    static byte[] xml() {
        StringBuilder s = new StringBuilder(8192);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        s.append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        String font = ReportFonts.WORD_FAMILY;
        s.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"")
            .append(font)
            .append("\" w:hAnsi=\"")
            .append(font)
            .append("\" w:eastAsia=\"")
            .append(font)
            .append("\" w:cs=\"")
            .append(font)
            .append("\"/>")
            .append(size(PageLayout.BODY_SIZE))
            .append("<w:lang w:val=\"sv-SE\" w:eastAsia=\"sv-SE\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
            .append("<w:pPrDefault><w:pPr><w:widowControl/>")
            .append(spacing(0, PageLayout.PARAGRAPH_AFTER, PageLayout.BODY_LEADING))
            .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        s.append("<w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" w:defSemiHidden=\"0\" ")
            .append("w:defUnhideWhenUsed=\"0\" w:defQFormat=\"0\" w:count=\"376\"/>");

        paragraph(s, "Normal", "Normal", null, true, "", "");
        paragraph(s, "Title", "Title", "Normal", true, spacing(PageLayout.TITLE_TOP, 0, PageLayout.TITLE_LEADING),
                bold() + colour() + size(PageLayout.TITLE_SIZE));
        paragraph(s, "Subtitle", "Subtitle", "Normal", true, spacing(0, 0, PageLayout.SUBTITLE_LEADING),
                size(PageLayout.SUBTITLE_SIZE));
        for (int level = 1; level <= 3; level++) {
            paragraph(s, "Heading" + level, "heading " + level, "Normal", true,
                    "<w:keepNext/><w:keepLines/>"
                            + spacing(0, PageLayout.HEADING_AFTER, PageLayout.HEADING_LEADING[level - 1])
                            + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    bold() + colour() + size(PageLayout.HEADING_SIZE[level - 1]));
        }
        paragraph(s, "Caption", "caption", "Normal", true,
                "<w:keepNext/>" + spacing(0, PageLayout.CAPTION_AFTER, PageLayout.CAPTION_LEADING),
                bold() + size(PageLayout.CAPTION_SIZE));
        paragraph(s, "TOCHeading", "TOC Heading", "Normal", true,
                spacing(0, PageLayout.TOC_HEADING_AFTER, PageLayout.HEADING_LEADING[0]),
                bold() + colour() + size(PageLayout.HEADING_SIZE[0]));
        paragraph(s, "Cover", "Utdrag", "Normal", true,
                spacing(0, PageLayout.TOC_HEADING_AFTER, PageLayout.SUBTITLE_LEADING),
                bold() + colour() + size(PageLayout.SUBTITLE_SIZE));
        String tocTab = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + twips(PageLayout.textWidth(false))
                + "\"/></w:tabs>";
        paragraph(s, "TOC1", "toc 1", "Normal", false, tocTab + spacing(0, 0, PageLayout.TOC_LEADING), bold());
        paragraph(s, "TOC2", "toc 2", "Normal", false, tocTab + spacing(0, 0, PageLayout.TOC_LEADING)
                + "<w:ind w:left=\"" + twips(PageLayout.TOC_INDENT) + "\"/>", "");
        paragraph(s, "ListParagraph", "List Paragraph", "Normal", true,
                spacing(0, 0, PageLayout.BODY_LEADING) + "<w:ind w:left=\"" + twips(PageLayout.LIST_INDENT)
                        + "\" w:hanging=\"" + twips(PageLayout.LIST_INDENT) + "\"/>",
                "");
        paragraph(s, TABLE_TEXT, "Tabelltext", "Normal", true, spacing(0, 0, PageLayout.CELL_LEADING),
                size(PageLayout.CELL_SIZE));
        paragraph(s, "Footer", "footer", "Normal", false,
                spacing(0, 0, PageLayout.CELL_LEADING) + "<w:jc w:val=\"center\"/>", size(PageLayout.CELL_SIZE));
        table(s);
        s.append("</w:styles>");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Thin grey borders, the PDF's cell padding, a shaded bold header row repeated on
     * each page.
     */
    private static void table(StringBuilder s) {
        String border = "w:val=\"single\" w:sz=\"" + Math.round(PageLayout.CELL_BORDER * 8)
                + "\" w:space=\"0\" w:color=\"" + hex(PageLayout.BORDER_COLOUR) + "\"/>";
        int pad = twips(PageLayout.CELL_PADDING);
        s.append("<w:style w:type=\"table\" w:styleId=\"")
            .append(TABLE)
            .append("\"><w:name w:val=\"")
            .append(TABLE)
            .append("\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>")
            .append("<w:pPr>")
            .append(spacing(0, 0, PageLayout.CELL_LEADING))
            .append("</w:pPr>")
            .append("<w:rPr>")
            .append(size(PageLayout.CELL_SIZE))
            .append("</w:rPr>")
            .append("<w:tblPr><w:tblBorders>");
        for (String side : new String[] { "top", "left", "bottom", "right", "insideH", "insideV" }) {
            s.append("<w:").append(side).append(' ').append(border);
        }
        s.append("</w:tblBorders><w:tblCellMar>");
        for (String side : new String[] { "top", "left", "bottom", "right" }) {
            s.append("<w:").append(side).append(" w:w=\"").append(pad).append("\" w:type=\"dxa\"/>");
        }
        s.append("</w:tblCellMar></w:tblPr>");
        s.append("<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>")
            .append("<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
            .append(hex(PageLayout.HEADER_FILL))
            .append("\"/></w:tcPr></w:tblStylePr>");
        s.append("</w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
            .append("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>")
            .append("<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>")
            .append("<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>")
            .append("<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    }

    private static void paragraph(StringBuilder s, String id, String name, String basedOn, boolean quick, String pPr,
            String rPr) {
        s.append("<w:style w:type=\"paragraph\"");
        if (id.equals("Normal")) {
            s.append(" w:default=\"1\"");
        }
        s.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/><w:next w:val=\"Normal\"/>");
        }
        s.append("<w:uiPriority w:val=\"").append(name.startsWith("heading") ? 9 : 39).append("\"/>");
        if (quick) {
            s.append("<w:qFormat/>");
        }
        if (!pPr.isEmpty()) {
            s.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            s.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        s.append("</w:style>");
    }

    /**
     * Space before and after, and an exact line height: what the PDF writer's leading is.
     */
    static String spacing(float before, float after, float line) {
        return "<w:spacing w:before=\"" + twips(before) + "\" w:after=\"" + twips(after) + "\" w:line=\"" + twips(line)
                + "\" w:lineRule=\"exact\"/>";
    }

    private static String size(float points) {
        int half = Math.round(points * 2);
        return "<w:sz w:val=\"" + half + "\"/><w:szCs w:val=\"" + half + "\"/>";
    }

    private static String bold() {
        return "<w:b/><w:bCs/>";
    }

    private static String colour() {
        return "<w:color w:val=\"" + hex(PageLayout.ACCENT) + "\"/>";
    }

    static String hex(int rgb) {
        return String.format("%06X", rgb);
    }

}
