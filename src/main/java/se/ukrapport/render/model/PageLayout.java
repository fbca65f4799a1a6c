package se.ukrapport.render.model;

/**
 * The page design both printed editions follow, in points: page, margins, type sizes,
 * fixed line heights and the space around blocks. The PDF writer lays its pages out by
 * these figures and the Word edition's styles say the same (exact line heights, the same
 * spacing before and after), so a heading lands on the same page in both and the Word
 * file's stored table of contents can carry the PDF writer's page numbers. Both use
 * metric-compatible fonts (Liberation Sans embedded in the PDF, named Arial in Word).
 */
public final class PageLayout {

    /** A4 as Word stores it (11 906 × 16 838 twips). */
    public static final float PAGE_WIDTH = 11906 / 20f;

    public static final float PAGE_HEIGHT = 16838 / 20f;

    /** All four margins. */
    public static final float MARGIN = 70f;

    /** Baseline of the page number above the page's bottom edge. */
    public static final float FOOTER = 35f;

    public static final float BODY_SIZE = 10f;

    public static final float BODY_LEADING = 13f;

    public static final float PARAGRAPH_AFTER = 6f;

    public static final float[] HEADING_SIZE = { 18f, 13f, 11f };

    public static final float[] HEADING_LEADING = { 24f, 17f, 14f };

    /** Space before a heading of level 2 and 3 (level 1 starts a page). */
    public static final float HEADING_BEFORE = 10f;

    public static final float HEADING_AFTER = 6f;

    public static final float CAPTION_SIZE = 9f;

    public static final float CAPTION_LEADING = 12f;

    public static final float CAPTION_BEFORE = 6f;

    public static final float CAPTION_AFTER = 4f;

    public static final float LIST_INDENT = 12f;

    public static final float LIST_AFTER = 10f;

    public static final float CELL_SIZE = 8f;

    public static final float CELL_LEADING = 10f;

    public static final float CELL_PADDING = 3f;

    public static final float CELL_BORDER = 0.5f;

    /**
     * Where a Word cell's text lies between its edges, left and right, with 3 pt cell
     * margins and 0,5 pt borders, as LibreOffice lays it out (measured on its rendering:
     * text from 3,3 pt past the left edge; lines of 6,05–6,1 pt less than the cell
     * wrapped and kept). The PDF's cells use the same, so that both editions break the
     * same lines.
     */
    public static final float CELL_TEXT_LEFT = 3.3f;

    public static final float CELL_TEXT_RIGHT = 2.78f;

    /**
     * Space between the items of one cell (the targets of one municipality), each a
     * paragraph.
     */
    public static final float CELL_ITEM_GAP = 3f;

    public static final float TABLE_AFTER = 10f;

    public static final float FIGURE_AFTER = 8f;

    public static final float TOC_LEADING = 14f;

    public static final float TOC_INDENT = 14f;

    public static final float TOC_HEADING_AFTER = 12f;

    public static final float TITLE_TOP = 180f;

    public static final float TITLE_SIZE = 24f;

    public static final float TITLE_LEADING = 30f;

    public static final float SUBTITLE_SIZE = 14f;

    public static final float SUBTITLE_LEADING = 18f;

    public static final float TITLE_BLOCK_GAP = 120f;

    public static final float COLOPHON_SIZE = 8f;

    public static final float COLOPHON_LEADING = 11f;

    /** Heading and title colour. */
    public static final int ACCENT = 0x1F4E79;

    public static final int HEADER_FILL = 0xDDEBF7;

    public static final int BORDER_COLOUR = 0xA6A6A6;

    private PageLayout() {
    }

    /** Points to twentieths of a point (Word's twips). */
    public static int twips(float points) {
        return Math.round(points * 20);
    }

    public static float textWidth(boolean landscape) {
        return (landscape ? PAGE_HEIGHT : PAGE_WIDTH) - 2 * MARGIN;
    }

}
