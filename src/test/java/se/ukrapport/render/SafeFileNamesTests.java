package se.ukrapport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.ukrapport.domain.InputException;
import se.ukrapport.render.csv.ModelDataExport;
import se.ukrapport.render.markup.MarkupParser;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * Ids become file names: none may lead out of the output folder, neither in markup nor in
 * the model.
 */
class SafeFileNamesTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = { "../../etc/x", "..", "a/b", "a\\b", "/tmp/x", ".dold", "tabell 1", "x\u0000y", "tabell:1" })
    void unsafeIdsAreRefused(String id) {
        assertThat(OutputNames.isValidId(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "kap05", "bilaga6", "tabell-energi", "figur-q08_forankring_org", "tabell.2011", "mål-växthus" })
    void ordinaryIdsAreAccepted(String id) {
        assertThat(OutputNames.isValidId(id)).isTrue();
    }

    @Test
    void markupWithAPathInATableIdIsRejectedNamingTheTemplateAndLine() {
        String markup = "<chapter id=\"kap05\" title=\"X\">\n<table id=\"../../../tmp/pwn\" caption=\"C\">"
                + "<tr><td>1</td></tr></table></chapter>";
        assertThatThrownBy(() -> new MarkupParser().parse("kap05-kommunernas-arbete.ftl", markup))
            .isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.file()).isEqualTo("kap05-kommunernas-arbete.ftl");
                assertThat(e.line()).isEqualTo(2L);
                assertThat(e.problem()).contains("\"../../../tmp/pwn\"").contains("duger inte som filnamn");
            });
    }

    @Test
    void figureAndChapterIdsAreCheckedToo() {
        assertThatThrownBy(() -> new MarkupParser().parse("t.ftl", "<chapter id=\"a/b\" title=\"X\"></chapter>"))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("<chapter>");
        assertThatThrownBy(() -> new MarkupParser().parse("t.ftl",
                "<chapter id=\"kap01\" title=\"X\">"
                        + "<figure id=\"..\\x\" caption=\"C\" alt=\"A\"><category>a</category></figure></chapter>"))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("<figure>");
    }

    @Test
    void writersCheckAgainWhereTheFileIsWritten() throws Exception {
        // A model built without the parser (or a future writer path) still cannot escape
        // data/.
        Table evil = new Table("../utanfor", "C", List.of(List.of("a")), List.of(List.of("1")), List.of(false), false,
                List.of());
        ReportDocument doc = new ReportDocument(new ReportDocument.Meta("T", "", "", null, ""),
                List.of(new Chapter("kap10", "R", List.of(new Heading(1, "10 R"), evil))));
        Path data = dir.resolve("ut/data");

        assertThatThrownBy(() -> ModelDataExport.write(data, doc)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo("kap10-resultat.ftl");
            assertThat(e.problem()).contains("\"../utanfor\"");
        });
        assertThatThrownBy(() -> ReportRendering.write(
                new ReportDocument(doc.meta(), List.of(new Chapter("../../x", "R", List.of(new Heading(1, "R"))))),
                dir.resolve("ut"), ReportRendering.Format.DOCX, Set.of("../../x"), new ReportRendering.Shared()))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("duger inte som filnamn");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                .allMatch(p -> p.startsWith("ut/"), "inget skrivs utanför utdatamappen");
        }
    }

    @Test
    void aSafeIdResolvesInsideItsFolder() {
        assertThat(OutputNames.file(dir.resolve("data"), "tabell-energi", "csv", "kap10"))
            .isEqualTo(dir.resolve("data/tabell-energi.csv").toAbsolutePath().normalize());
    }

}
