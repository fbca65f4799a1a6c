package se.ukrapport.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.ReportFigures;
import se.ukrapport.render.ChapterBuilder;
import se.ukrapport.render.RenderedChapters;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.ReportDocument;

/**
 * A model built again from the same figures takes the chapters whose template and library
 * are unchanged, and makes anew exactly those whose template or library changed: the
 * model is always the one a fresh build gives.
 */
class RenderedChaptersTests {

    @TempDir
    Path templates;

    private final ReportFigures figures = ReportDataTests.figures();

    private final RenderedChapters rendered = new RenderedChapters();

    @BeforeEach
    void templates() throws Exception {
        Files.writeString(templates.resolve("lib.ftl"), "<#function word>\n<#return \"svar\">\n</#function>\n");
        for (Map.Entry<String, String> e : ChapterTemplates.FILES.entrySet()) {
            write(e.getValue(), e.getKey(), "Text");
        }
    }

    @Test
    void unchangedChaptersAreTakenAsTheyWere() {
        ReportDocument first = build();
        ReportDocument second = build();

        assertThat(second.chapters()).isEqualTo(first.chapters()).isEqualTo(fresh().chapters());
        for (int i = 0; i < first.chapters().size(); i++) {
            assertThat(second.chapters().get(i).blocks().get(1)).isSameAs(first.chapters().get(i).blocks().get(1));
        }
    }

    @Test
    void aChangedTemplateIsMadeAnew() throws Exception {
        ReportDocument first = build();
        write("kap05-kommunernas-arbete.ftl", "kap05", "Ändrad");

        ReportDocument second = build();

        assertThat(second.chapters()).isEqualTo(fresh().chapters());
        assertThat(chapter(second, "kap05")).isNotEqualTo(chapter(first, "kap05"));
        assertThat(chapter(second, "kap04").blocks().get(1)).isSameAs(chapter(first, "kap04").blocks().get(1));
    }

    @Test
    void aChangedLibraryMakesEveryChapterAnew() throws Exception {
        ReportDocument first = build();
        Files.writeString(templates.resolve("lib.ftl"), "<#function word>\n<#return \"kommuner\">\n</#function>\n");

        ReportDocument second = build();

        assertThat(second.chapters()).isEqualTo(fresh().chapters());
        assertThat(chapter(second, "kap04")).isNotEqualTo(chapter(first, "kap04"));
    }

    @Test
    void aChapterThatIncludesAnotherChaptersFileIsAlwaysMadeAnew() throws Exception {
        Files.writeString(templates.resolve("kap04-programmet.ftl"), "<#include \"kap03-bakgrund.ftl\">\n");
        ReportDocument first = build();
        write("kap03-bakgrund.ftl", "kap03", "Ändrad");

        ReportDocument second = build();

        assertThat(second.chapters()).isEqualTo(fresh().chapters());
        assertThat(chapter(second, "kap04")).isNotEqualTo(chapter(first, "kap04"));
    }

    @Test
    void otherFiguresAreNeverGivenTheChaptersOfThese() {
        build();
        ReportFigures other = ReportDataTests.figures();

        ReportDocument again = new ChapterBuilder(templates, rendered).build(new ReportData(other), "Kolofon.")
            .document();

        assertThat(again.chapters()).isEqualTo(fresh().chapters());
        assertThat(again.chapters().get(0).blocks().get(1)).isNotSameAs(build().chapters().get(0).blocks().get(1));
    }

    private void write(String file, String id, String text) throws Exception {
        Files.writeString(templates.resolve(file),
                "<#import \"lib.ftl\" as lib>\n<chapter id=\"" + id + "\" title=\"" + id + "\">\n<h1>" + id
                        + "</h1>\n<p>" + text + ": ${d.respondents()} ${lib.word()}.</p>\n</chapter>\n");
    }

    private ReportDocument build() {
        return new ChapterBuilder(templates, rendered).build(new ReportData(figures), "Kolofon.").document();
    }

    private ReportDocument fresh() {
        return new ChapterBuilder(templates).build(new ReportData(figures), "Kolofon.").document();
    }

    private static Chapter chapter(ReportDocument doc, String id) {
        return doc.chapters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

}
