package se.ukrapport.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChapterTemplatesTests {

    @Test
    void thePackagedTemplatesAreTheChaptersOfCliMd() {
        assertThat(ChapterTemplates.in(null)).isSameAs(ChapterTemplates.FILES);
        assertThat(ChapterTemplates.FILES).hasSize(17);
    }

    @Test
    void anEditedFolderAddsAChapterByAddingAFile(@TempDir Path dir) throws Exception {
        for (String f : ChapterTemplates.FILES.values()) {
            Files.writeString(dir.resolve(f), "");
        }
        Files.writeString(dir.resolve("kap12-uppfoljning.ftl"), "");
        Files.writeString(dir.resolve("bilaga7-ordlista.ftl"), "");
        Files.writeString(dir.resolve("lib.ftl"), "");
        Files.writeString(dir.resolve("kap5-fel.ftl"), "");
        Files.writeString(dir.resolve("anteckningar.txt"), "");
        var chapters = ChapterTemplates.in(dir);
        assertThat(chapters.keySet()).containsSubsequence("kap11", "kap12", "bilaga1")
            .containsSubsequence("bilaga6", "bilaga7")
            .hasSize(19);
        assertThat(chapters.get("kap12")).isEqualTo("kap12-uppfoljning.ftl");
        assertThat(chapters.get("kap05")).isEqualTo("kap05-kommunernas-arbete.ftl");
    }

}
