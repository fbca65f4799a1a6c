package se.ukrapport.render.model;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * The page-flow rules both printed editions apply to the document model, so that they
 * break pages at the same places: which blocks go on landscape pages, what a heading is
 * kept with, what a chapter file's first page says.
 */
public final class PageFlow {

    /**
     * Lines a paragraph keeps on each side of a page break: Word's widow and orphan
     * control, on in the Word edition and followed by the PDF.
     */
    public static final int MIN_LINES_AT_BREAK = 2;

    public static final String TOC_TITLE = "Innehåll";

    private PageFlow() {
    }

    /**
     * How many headings, paragraphs and lists right before a wide table go on its
     * landscape page.
     */
    static final int LANDSCAPE_INTRO = 4;

    /**
     * Whether block {@code i} goes on a landscape page: a wide table does, and so does
     * the short text right before it (its headings and up to a few paragraphs), so that
     * neither a heading nor an introduction is left alone on a portrait page. Consecutive
     * landscape blocks share pages.
     */
    public static boolean landscape(List<Block> blocks, int i) {
        int k = i;
        while (k < blocks.size() && k - i <= LANDSCAPE_INTRO && (blocks.get(k) instanceof Heading
                || blocks.get(k) instanceof Paragraph || blocks.get(k) instanceof BulletList)) {
            k++;
        }
        return k < blocks.size() && k - i <= LANDSCAPE_INTRO && blocks.get(k) instanceof Table t && t.landscape();
    }

    /**
     * The height a heading needs on its page: itself, the headings right after it and the
     * first part of the block they introduce ({@code firstPart} of a block's index: a
     * line, a table's caption, header and first row, a whole figure), as Word's "keep
     * with next" keeps them together.
     */
    public static float keepWithNext(List<Block> blocks, int i, IntToDoubleFunction firstPart) {
        Heading h = (Heading) blocks.get(i);
        float height = (h.level() == 1 ? 0 : PageLayout.HEADING_BEFORE) + PageLayout.HEADING_LEADING[h.level() - 1]
                + PageLayout.HEADING_AFTER;
        int k = i + 1;
        while (k < blocks.size() && blocks.get(k) instanceof Heading) {
            height += (float) firstPart.applyAsDouble(k);
            k++;
        }
        if (k < blocks.size()) {
            height += (float) firstPart.applyAsDouble(k);
        }
        return height;
    }

    /**
     * The back of the title page: the title at the top, the publication details
     * (publisher, date, how the report was made) at the foot, in small print.
     * @param linesOf the lines a line of {@link #publicationDetails} takes in the text
     * width
     * @return the space between the two, in points
     */
    public static float versoGap(ReportDocument.Meta meta, ToIntFunction<String> linesOf) {
        boolean subtitle = meta.subtitle() != null && !meta.subtitle().isEmpty();
        float top = (subtitle ? 2 : 1) * PageLayout.BODY_LEADING;
        float bottom = 0;
        for (String line : publicationDetails(meta)) {
            bottom += linesOf.applyAsInt(line) * PageLayout.COLOPHON_LEADING;
        }
        // One point to spare, so that rounding never pushes the last line over.
        return PageLayout.PAGE_HEIGHT - 2 * PageLayout.MARGIN - top - bottom - 1;
    }

    /** The publication details of the back of the title page, a line each. */
    public static List<String> publicationDetails(ReportDocument.Meta meta) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Utgivare: " + meta.unit());
        if (meta.date() != null) {
            lines.add("Datum: " + meta.date());
        }
        if (meta.colophon() != null && !meta.colophon().isEmpty()) {
            lines.add(meta.colophon());
        }
        return lines;
    }

    /**
     * Whether block {@code i} is a paragraph right before a figure: the sentence that
     * introduces it.
     */
    public static boolean introducesFigure(List<Block> blocks, int i) {
        return blocks.get(i) instanceof Paragraph && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Figure;
    }

    /**
     * Whether block {@code i} is a paragraph right before a bullet list: the sentence
     * that introduces it ("Några av svaren:"), which stays whole on the page of the
     * list's first item, so that it never ends a page with its list on the next.
     */
    public static boolean introducesList(List<Block> blocks, int i) {
        return i >= 0 && blocks.get(i) instanceof Paragraph && i + 1 < blocks.size()
                && blocks.get(i + 1) instanceof BulletList;
    }

    /**
     * The first line of a chapter file's first page: the report the chapter is taken
     * from.
     */
    public static String coverLine(ReportDocument doc) {
        return "Ur " + doc.meta().title();
    }

}
