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
 * Only regular files inside the input folder are read: strategy documents that are links
 * out of it, links to nothing, folders or hidden names are skipped and listed, as are the
 * entries of enkat/ and ees/ that no step reads; a file every run reads that is such an
 * entry stops the run, as do two documents for one municipality (naming both).
 */
class InputFolderEntriesTests {

    @TempDir
    Path work;

    private Path input;

    private Path strategies;

    @BeforeEach
    void copyCorpus() {
        input = TestCorpus.copyDemo(work);
        strategies = input.resolve("strategier");
    }

    @Test
    void aReadFileThatIsALinkOutOfTheFolderStopsTheRunNamingIt() throws IOException {
        Path elsewhere = work.resolve("kommuner-annan.csv");
        Files.move(input.resolve("kommuner.csv"), elsewhere);
        Files.createSymbolicLink(input.resolve("kommuner.csv"), elsewhere);
        assertStops("kommuner.csv: filen läses inte: den är en symbolisk länk till en fil utanför indatamappen");
    }

    @Test
    void aFolderInPlaceOfAReadFileStopsTheRunNamingIt() throws IOException {
        Files.delete(input.resolve("rattelser.csv"));
        Files.createDirectories(input.resolve("rattelser.csv"));
        assertStops("rattelser.csv: filen läses inte: den är en mapp");
    }

    @Test
    void aGrantWorkbookLinkedToNothingStopsTheRunNamingIt() throws IOException {
        Files.createSymbolicLink(input.resolve("ees/ees-2011.xlsx"), work.resolve("finns-inte.xlsx"));
        assertStops("ees/ees-2011.xlsx: filen läses inte: den är en symbolisk länk som inte pekar på någon fil");
    }

    @Test
    void aSubfolderLinkedOutOfTheInputFolderStopsTheRun() throws IOException {
        Path elsewhere = work.resolve("ees-annanstans");
        Files.move(input.resolve("ees"), elsewhere);
        Files.createSymbolicLink(input.resolve("ees"), elsewhere);
        assertStops("ees/: mappen är en symbolisk länk till en mapp utanför indatamappen");
    }

    @Test
    void entriesOfTheSurveyAndGrantFoldersThatAreNotReadAreListed() throws IOException {
        Files.writeString(input.resolve("enkat/anteckningar.txt"), "x", StandardCharsets.UTF_8);
        Files.createDirectories(input.resolve("enkat/gammalt"));
        Files.writeString(input.resolve("ees/~$ees-2010.xlsx"), "x", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("ees/.ees-2010.xlsx"), "x", StandardCharsets.UTF_8);

        TestCorpus.Run run = TestCorpus.run(work);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String rejected = Files.readString(work.resolve("output/kvalitet/avvisade.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).contains(
                "enkat/anteckningar.txt;0;;anteckningar.txt;filen läses inte: väntade enkat-<år>.csv eller kodbok.csv")
            .contains("enkat/gammalt;0;;gammalt;filen läses inte: en mapp")
            .contains("ees/~$ees-2010.xlsx;0;;~$ees-2010.xlsx;filen läses inte: en låsfil")
            .contains("ees/.ees-2010.xlsx;0;;.ees-2010.xlsx;filen läses inte: filnamnet börjar med punkt");
    }

    private void assertStops(String message) {
        TestCorpus.Run run = TestCorpus.run(work);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEmpty();
    }

    @Test
    void twoDocumentsForOneMunicipalityStopTheRunNamingBoth() throws IOException {
        Files.writeString(strategies.resolve("Gotland.docx"), "inget riktigt dokument", StandardCharsets.UTF_8);
        TestCorpus.Run run = TestCorpus.run(work);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("strategier/Gotland.txt", "strategier/Gotland.docx", "kommunen Gotland")
            .doesNotContain("Exception")
            .doesNotContain("\tat ");
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
        assertThat(rejected).contains(
                "strategier/Gotland.txt;0;;Gotland.txt;dokumentet hoppas över: en symbolisk länk till en fil utanför indatamappen")
            .contains(
                    "strategier/Lerum.txt;0;;Lerum.txt;dokumentet hoppas över: en symbolisk länk som inte pekar på någon fil")
            .contains("strategier/Kalmar.txt;0;;Kalmar.txt;dokumentet hoppas över: en mapp")
            .contains("strategier/..Hagfors.txt;0;;..Hagfors.txt;dokumentet hoppas över: filnamnet börjar med punkt");
        assertThat(Files.readString(work.resolve("output/data/mal.csv"), StandardCharsets.UTF_8))
            .doesNotContain("med 99 % till 2030");
    }

}
