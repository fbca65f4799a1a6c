package se.ukrapport.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.ukrapport.render.markup.MarkupParser;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.SwedishTypography;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.template.ChapterTemplates;
import se.ukrapport.render.template.ReportData;
import se.ukrapport.render.template.TemplateRenderer;

/**
 * Templates → markup → document model, for every chapter and appendix in report order.
 */
public final class ChapterBuilder {

    private final TemplateRenderer templates;

    private final MarkupParser parser = new MarkupParser();

    private final Map<String, String> chapterFiles;

    private final Path templatesDir;

    private final RenderedChapters rendered;

    public ChapterBuilder(Path templatesDir) {
        this(templatesDir, new RenderedChapters());
    }

    /**
     * A builder that takes unchanged chapters from {@code rendered} and keeps those it
     * makes.
     */
    public ChapterBuilder(Path templatesDir, RenderedChapters rendered) {
        this.templates = new TemplateRenderer(templatesDir);
        this.chapterFiles = ChapterTemplates.in(templatesDir);
        this.templatesDir = templatesDir;
        this.rendered = rendered;
    }

    /** The report's model and, per chapter id, what its template read. */
    public record Built(ReportDocument document, Map<String, ReportData.Usage> usage) {
    }

    private RenderedChapters.Rendered render(String file, ReportData data) {
        data.startRecording();
        String markup = templates.render(file, Map.of("d", data));
        ReportData.Usage u = data.stopRecording();
        u.inputs().add(ChapterTemplates.INVENTORY_PREFIX + file);
        u.inputs().add(ChapterTemplates.INVENTORY_PREFIX + "lib.ftl");
        return new RenderedChapters.Rendered(parser.parse(file, markup), u);
    }

    public Built build(ReportData data, String colophon) {
        List<Chapter> chapters = new ArrayList<>();
        Map<String, ReportData.Usage> usage = new java.util.LinkedHashMap<>();
        int chapterNumber = 0;
        int appendixNumber = 0;
        Object figures = data.figures();
        String shared = RenderedChapters.sharedDigest(templatesDir, chapterFiles.values()).orElse(null);
        for (Map.Entry<String, String> e : chapterFiles.entrySet()) {
            String own = shared == null ? null
                    : RenderedChapters.fileDigest(templatesDir, e.getValue(), chapterFiles.values()).orElse(null);
            RenderedChapters.Rendered r = own == null ? null
                    : rendered.get(figures, templatesDir, e.getValue(), own, shared);
            if (r == null) {
                r = render(e.getValue(), data);
                if (own != null) {
                    rendered.put(figures, templatesDir, e.getValue(), own, shared, r);
                }
            }
            Chapter c = r.chapter();
            ReportData.Usage u = r.usage();
            boolean appendix = e.getKey().startsWith("bilaga");
            chapters.add(se.ukrapport.render.model.HeadingNumbers.apply(new Chapter(e.getKey(), c.title(), c.blocks()),
                    appendix ? ++appendixNumber : ++chapterNumber, appendix));
            usage.put(e.getKey(), u);
        }
        var meta = data.meta();
        return new Built(new ReportDocument(new ReportDocument.Meta(SwedishTypography.apply(meta.title()),
                SwedishTypography.apply(meta.period()), meta.unit(), meta.date(), colophon), chapters), usage);
    }

}
