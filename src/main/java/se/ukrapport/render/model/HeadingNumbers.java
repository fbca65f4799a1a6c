package se.ukrapport.render.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers a chapter's headings, so that templates write only the words ({@code
 *
<h2>Mål och
 * måluppfyllelse</h2>}) and the numbers follow the chapters and sections that are there:
 * chapter N's headings become N, N.1, N.1.1 …; an appendix's first heading "Bilaga N. …".
 * A number a template still types (an edited copy from before) is replaced, not doubled.
 * A chapter whose template has no first-level heading gets one from its title.
 */
public final class HeadingNumbers {

    private static final Pattern TYPED = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s+|Bilaga\\s+\\d+\\.?\\s*)");

    private HeadingNumbers() {
    }

    /**
     * @param number the chapter's number among the chapters, or the appendix's among the
     * appendices
     * @param appendix whether the chapter is an appendix (its sections stay unnumbered)
     */
    public static Chapter apply(Chapter chapter, int number, boolean appendix) {
        List<Block> blocks = new ArrayList<>();
        boolean first = chapter.blocks()
            .stream()
            .findFirst()
            .filter(b -> b instanceof Heading h && h.level() == 1)
            .isEmpty();
        if (first) {
            blocks.add(new Heading(1, chapter.title()));
        }
        blocks.addAll(chapter.blocks());
        int section = 0;
        int subsection = 0;
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!(b instanceof Heading h)) {
                out.add(b);
                continue;
            }
            String text = TYPED.matcher(h.text()).replaceFirst("");
            String numbered;
            if (h.level() == 1) {
                numbered = appendix ? "Bilaga " + number + ". " + text : number + " " + text;
            }
            else if (appendix) {
                numbered = text;
            }
            else if (h.level() == 2) {
                section++;
                subsection = 0;
                numbered = number + "." + section + " " + text;
            }
            else {
                subsection++;
                numbered = number + "." + section + "." + subsection + " " + text;
            }
            out.add(new Heading(h.level(), numbered));
        }
        return new Chapter(chapter.id(), chapter.title(), out);
    }

}
