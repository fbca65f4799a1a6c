package se.ukrapport.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.ukrapport.render.markup.MarkupParser;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.template.ChapterTemplates;
import se.ukrapport.render.template.ReportData;
import se.ukrapport.render.template.TemplateRenderer;

/** Templates → markup → document model, for every chapter and appendix in report order. */
public final class ChapterBuilder {

    private final TemplateRenderer templates;
    private final MarkupParser parser = new MarkupParser();

    public ChapterBuilder(Path templatesDir) {
        this.templates = new TemplateRenderer(templatesDir);
    }

    public ReportDocument build(ReportData data, String colophon) {
        List<Chapter> chapters = new ArrayList<>();
        for (Map.Entry<String, String> e : ChapterTemplates.FILES.entrySet()) {
            String markup = templates.render(e.getValue(), Map.of("d", data));
            Chapter c = parser.parse(e.getValue(), markup);
            chapters.add(new Chapter(e.getKey(), c.title(), c.blocks()));
        }
        var meta = data.meta();
        return new ReportDocument(new ReportDocument.Meta(meta.title(), meta.period(), meta.unit(), meta.date(),
                colophon), chapters);
    }
}
