package se.ukrapport.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.render.ReportRendering;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Inline;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;

class ChapterSelectionTests {

    private static Chapter chapter(String id, String text) {
        return new Chapter(id, "Kapitel " + id, List.of(new Paragraph(List.of(new Inline.Text(text)))));
    }

    private static final ReportDocument DOC = new ReportDocument(
            new ReportDocument.Meta("Uthållig kommun", "Slutrapport", "Energimyndigheten", LocalDate.of(2011, 11, 30),
                    "indata abc123"),
            List.of(chapter("kap01", "Inledning."), chapter("kap02", "Resultat."), chapter("bilaga1", "Kommuner.")));

    @TempDir
    Path staging;

    @BeforeEach
    void everyChapterFileExists() throws IOException {
        Path dir = Files.createDirectories(staging.resolve(ReportRendering.CHAPTERS));
        for (Chapter c : DOC.chapters()) {
            Files.writeString(dir.resolve(c.id() + ".docx"), "docx");
            Files.writeString(dir.resolve(c.id() + ".pdf"), "pdf");
        }
    }

    /**
     * A previous manifest in which the given chapters had the content they have now, the
     * others other.
     */
    private static Optional<Manifest> previous(List<String> unchanged, List<String> changed) {
        Map<String, Manifest.ChapterEntry> entries = new LinkedHashMap<>();
        for (Chapter c : DOC.chapters()) {
            if (unchanged.contains(c.id())) {
                entries.put(c.id(),
                        new Manifest.ChapterEntry(DOC.checksum(c), List.of(), List.of(), List.of(), List.of()));
            }
            else if (changed.contains(c.id())) {
                entries.put(c.id(), new Manifest.ChapterEntry("0000", List.of(), List.of(), List.of(), List.of()));
            }
        }
        return Optional.of(new Manifest("uk-rapport", 2011, "fingerprint", Map.of(), entries));
    }

    private static final Optional<Manifest> NOTHING_CHANGED = previous(List.of("kap01", "kap02", "bilaga1"), List.of());

    @Test
    void withoutAPreviousManifestEveryChapterIsRendered() {
        assertThat(ChapterSelection.select(DOC, ChapterSelection.CHANGED, Optional.empty(), staging))
            .containsExactly("kap01", "kap02", "bilaga1");
    }

    @Test
    void whenNothingChangedNoChapterIsRendered() {
        assertThat(ChapterSelection.select(DOC, ChapterSelection.CHANGED, NOTHING_CHANGED, staging)).isEmpty();
        assertThat(ChapterSelection.select(DOC, null, NOTHING_CHANGED, staging)).isEmpty();
    }

    @Test
    void aChapterWhoseContentChangedIsRendered() {
        Optional<Manifest> kap02Changed = previous(List.of("kap01", "bilaga1"), List.of("kap02"));

        assertThat(ChapterSelection.select(DOC, ChapterSelection.CHANGED, kap02Changed, staging))
            .containsExactly("kap02");
    }

    @Test
    void aChapterTheManifestDoesNotKnowIsRendered() {
        Optional<Manifest> withoutBilaga = previous(List.of("kap01", "kap02"), List.of());

        assertThat(ChapterSelection.select(DOC, ChapterSelection.CHANGED, withoutBilaga, staging))
            .containsExactly("bilaga1");
    }

    @Test
    void anUnchangedChapterWithAMissingFileIsRendered() throws IOException {
        Files.delete(staging.resolve(ReportRendering.CHAPTERS).resolve("kap01.pdf"));
        Files.delete(staging.resolve(ReportRendering.CHAPTERS).resolve("bilaga1.docx"));

        assertThat(ChapterSelection.select(DOC, ChapterSelection.CHANGED, NOTHING_CHANGED, staging))
            .containsExactly("kap01", "bilaga1");
    }

    @Test
    void anEmptyStagingFolderRendersEverything() throws IOException {
        Path empty = Files.createDirectories(staging.resolve("ny"));

        assertThat(ChapterSelection.select(DOC, ChapterSelection.CHANGED, NOTHING_CHANGED, empty))
            .containsExactly("kap01", "kap02", "bilaga1");
    }

    @Test
    void forcedChaptersAreRenderedInReportOrderWithTheChangedOnes() {
        Optional<Manifest> kap02Changed = previous(List.of("kap01", "bilaga1"), List.of("kap02"));

        assertThat(ChapterSelection.select(DOC, "bilaga1", NOTHING_CHANGED, staging)).containsExactly("bilaga1");
        assertThat(ChapterSelection.select(DOC, "bilaga1,kap01", kap02Changed, staging)).containsExactly("kap01",
                "kap02", "bilaga1");
    }

    @Test
    void aForcedIdTheReportDoesNotHaveSelectsNothing() {
        assertThat(ChapterSelection.select(DOC, "kap99", NOTHING_CHANGED, staging)).isEmpty();
    }

    @Test
    void allRendersEveryChapterWhateverChanged() {
        assertThat(ChapterSelection.select(DOC, ChapterSelection.ALL, NOTHING_CHANGED, staging))
            .containsExactly("kap01", "kap02", "bilaga1");
    }

}
