package se.ukrapport.rerun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.ReportRendering;

/**
 * Which chapter files a run renders: those whose content changed since the output's
 * manifest (or whose files are missing), plus those the user forced ({@code --kapitel}),
 * or all ({@code --alla}).
 */
public final class ChapterSelection {

    /** The job parameter's value for a run that renders what changed. */
    public static final String CHANGED = "ändrade";

    /** The job parameter's value for {@code --alla}. */
    public static final String ALL = "alla";

    private ChapterSelection() {
    }

    public static Set<String> select(ReportDocument doc, String requested, Optional<Manifest> previous, Path staging) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> forced = requested == null || requested.equals(CHANGED) ? Set.of()
                : requested.equals(ALL) ? null : Set.of(requested.split(","));
        for (Chapter c : doc.chapters()) {
            boolean changed = previous.map(m -> m.chapters().get(c.id()))
                .map(e -> !e.content().equals(doc.checksum(c)))
                .orElse(true);
            boolean missing = !Files.exists(staging.resolve(ReportRendering.CHAPTERS).resolve(c.id() + ".docx"))
                    || !Files.exists(staging.resolve(ReportRendering.CHAPTERS).resolve(c.id() + ".pdf"));
            if (forced == null || forced.contains(c.id()) || changed || missing) {
                out.add(c.id());
            }
        }
        return out;
    }

}
