package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files inside the input folder are read as strategy documents: links out of it,
 * links to nothing, folders and hidden names are skipped and listed; two documents for one
 * municipality stop the run naming both.
 */
class StrategyFolderEntriesTests {

    @TempDir
    Path work;

    private Path strategies;

    @BeforeEach
    void copyCorpus() {
        strategies = TestCorpus.copyDemo(work).resolve("strategier");
    }

    @Test
    void twoDocumentsForOneMunicipalityStopTheRunNamingBoth() throws IOException {
        Files.writeString(strategies.resolve("Gotland.docx"), "inget riktigt dokument", StandardCharsets.UTF_8);
        TestCorpus.Run run = TestCorpus.run(work);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("strategier/Gotland.txt", "strategier/Gotland.docx", "kommunen Gotland")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEmpty();
    }

    @Test
    void linksOutOfTheInputFoldersAndOtherNonFilesAreListedNotRead() throws IOException {
        Path secret = work.resolve("hemligt.txt");
        Files.writeString(secret, "Hemlig text: utsläppen ska minska med 99 % till 2030.\n", StandardCharsets.UTF_8);
        Files.delete(strategies.resolve("Gotland.txt"));
        Files.createSymbolicLink(strategies.resolve("Gotland.txt"), secret);
        Files.createSymbolicLink(strategies.resolve("Lerum.txt"), work.resolve("finns-inte.txt"));
        Files.createDirectories(strategies.resolve("Kalmar.txt"));
        Files.writeString(strategies.resolve("..Hagfors.txt"), "x", StandardCharsets.UTF_8);

        TestCorpus.Run run = TestCorpus.run(work);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain("Hemlig").doesNotContain("99 %");
        String rejected = Files.readString(work.resolve("output/kvalitet/avvisade.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).contains("strategier/Gotland.txt;0;;Gotland.txt;dokumentet hoppas över: en symbolisk länk till en fil utanför indatamappen")
                .contains("strategier/Lerum.txt;0;;Lerum.txt;dokumentet hoppas över: en symbolisk länk som inte pekar på någon fil")
                .contains("strategier/Kalmar.txt;0;;Kalmar.txt;dokumentet hoppas över: en mapp")
                .contains("strategier/..Hagfors.txt;0;;..Hagfors.txt;dokumentet hoppas över: filnamnet börjar med punkt");
        assertThat(Files.readString(work.resolve("output/data/mal.csv"), StandardCharsets.UTF_8))
                .doesNotContain("med 99 % till 2030");
    }
}
