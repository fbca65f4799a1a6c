package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.targets.StrategyDocument;

class StrategyDocumentProcessorTests {

    private static final MunicipalityRegistry REGISTRY = new MunicipalityRegistry(
            List.of(new Municipality("0861", "Mönsterås", "Kalmar", false, true, 2),
                    new Municipality("0880", "Kalmar", "Kalmar", false, true, 2)));

    @TempDir
    Path folder;

    private final StrategyDocumentProcessor processor = new StrategyDocumentProcessor(REGISTRY);

    @Test
    void aTextDocumentGivesItsMunicipalityFormatAndTargets() throws IOException {
        // given a strategy with one target, named in another case than kommuner.csv
        Path file = Files.writeString(folder.resolve("mönsterås.txt"),
                "Energistrategi 2009–2014\n\nKommunens energianvändning ska minska med 20 procent till år 2020 jämfört med 2005.\n",
                StandardCharsets.UTF_8);

        // when it is processed
        StrategyDocument doc = processor.process(file);

        // then it belongs to Mönsterås, and its target is found
        assertThat(doc.municipality()).isEqualTo("Mönsterås");
        assertThat(doc.format()).isEqualTo("txt");
        assertThat(doc.file()).isEqualTo("strategier/mönsterås.txt");
        assertThat(doc.targets()).isNotEmpty();
        assertThat(processor.unreadable()).isEmpty();
    }

    @Test
    void aDamagedDocumentIsSkippedAndListedWithItsReason() throws IOException {
        Path file = Files.write(folder.resolve("Mönsterås.docx"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });

        StrategyDocument doc = processor.process(file);

        assertThat(doc).isNull();
        assertThat(processor.unreadable()).singleElement()
            .satisfies(r -> assertThat(r.reason()).startsWith("dokumentet hoppas över: "));
    }

    @Test
    void skippedDocumentsAreListedInFileOrderWhicheverFinishedFirst() throws Exception {
        // given two damaged documents, processed side by side as the step does, the
        // later file first
        byte[] damaged = { 'P', 'K', 3, 4, 0, 0, 1 };
        Path kalmar = Files.write(folder.resolve("Kalmar.docx"), damaged);
        Path monsteras = Files.write(folder.resolve("Mönsterås.docx"), damaged);
        var workers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            workers.submit(() -> processor.process(monsteras)).get();
            workers.submit(() -> processor.process(kalmar)).get();
        }
        finally {
            workers.shutdown();
        }

        // then the list is in the folder's order, the same on every run
        assertThat(processor.unreadable()).extracting(r -> r.file())
            .containsExactly("strategier/Kalmar.docx", "strategier/Mönsterås.docx");
    }

}
