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

    public ChapterBuilder(Path templatesDir) {
        this.templates = new TemplateRenderer(templatesDir);
        this.chapterFiles = ChapterTemplates.in(templatesDir);
    }

    /** The report's model and, per chapter id, what its template read. */
    public record Built(ReportDocument document, Map<String, ReportData.Usage> usage) {
    }

    public Built build(ReportData data, String colophon) {
        List<Chapter> chapters = new ArrayList<>();
        Map<String, ReportData.Usage> usage = new java.util.LinkedHashMap<>();
        int chapterNumber = 0;
        int appendixNumber = 0;
        for (Map.Entry<String, String> e : chapterFiles.entrySet()) {
            data.startRecording();
            String markup = templates.render(e.getValue(), Map.of("d", data));
            ReportData.Usage u = data.stopRecording();
            u.inputs().add(ChapterTemplates.INVENTORY_PREFIX + e.getValue());
            u.inputs().add(ChapterTemplates.INVENTORY_PREFIX + "lib.ftl");
            Chapter c = parser.parse(e.getValue(), markup);
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
