package se.ukrapport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.InputException;
import se.ukrapport.render.markup.MarkupParser;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;
import se.ukrapport.render.template.TemplateRenderer;

class TemplateRendererTests {

    @TempDir
    Path dir;

    @Test
    void valuesAreEscapedSoAnswersStayText() throws Exception {
        Files.writeString(dir.resolve("t.ftl"), "<chapter id=\"x\" title=\"X\"><p>${answer}</p></chapter>");
        String markup = new TemplateRenderer(dir).render("t.ftl", Map.of("answer", "<b>&\"x\""));
        Chapter c = new MarkupParser().parse("t.ftl", markup);
        ReportDocument doc = new ReportDocument(new ReportDocument.Meta("T", "", "", null, ""), java.util.List.of(c));
        assertThat(doc.plain(((Paragraph) c.blocks().get(0)).inlines())).isEqualTo("<b>&\"x\"");
    }

    @Test
    void syntaxErrorNamesTemplateLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("fel.ftl"), "<chapter id=\"x\" title=\"X\">\n<p>${oavslutad</p>\n</chapter>");
        assertThatThrownBy(() -> new TemplateRenderer(dir).render("fel.ftl", Map.of()))
            .isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.file()).endsWith("fel.ftl");
                assertThat(e.line()).isNotNull();
                assertThat(e.column()).startsWith("tecken ");
            });
    }

    @Test
    void unknownValueNamesTheLine() throws Exception {
        Files.writeString(dir.resolve("saknas.ftl"), "<chapter id=\"x\" title=\"X\">\n\n<p>${finnsInte}</p></chapter>");
        assertThatThrownBy(() -> new TemplateRenderer(dir).render("saknas.ftl", Map.of()))
            .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.line()).isEqualTo(3L));
    }

    @Test
    void newBuiltInCannotInstantiateClasses() throws Exception {
        Files.writeString(dir.resolve("ny.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertThatThrownBy(() -> new TemplateRenderer(dir).render("ny.ftl", Map.of()))
            .isInstanceOf(InputException.class);
    }

    @Test
    void tableCellsKeepLineBreaksAndColumnsTheirAlignment() {
        Chapter c = new MarkupParser().parse("t",
                "<chapter id=\"x\" title=\"X\"><table id=\"t1\" caption=\"C\" numeric=\"lr\">"
                        + "<tr><th>A</th><th>B</th></tr><tr><td>ett<br/>två</td><td>3</td></tr></table></chapter>");
        Table t = (Table) c.blocks().get(0);
        assertThat(t.rows().get(0).get(0)).isEqualTo("ett\ntvå");
        assertThat(t.numeric()).containsExactly(false, true);
        assertThat(t.header()).hasSize(1);
    }

    @Test
    void markupErrorsNameTheTemplate() {
        assertThatThrownBy(
                () -> new MarkupParser().parse("kap05.ftl", "<chapter id=\"x\" title=\"X\"><blink/></chapter>"))
            .isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.file()).isEqualTo("kap05.ftl");
                assertThat(e.getMessage()).contains("blink");
            });
    }

}
