package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output path that is a file, the input folder, inside it or around it is refused with
 * exit 2 and a message naming both paths; nothing of the user's is replaced or written
 * into.
 */
class OutputFolderPlacementTests {

    @TempDir
    Path work;

    private Path input;

    private Map<String, String> inputBefore;

    @BeforeEach
    void copyCorpus() {
        input = TestCorpus.copyDemo(work);
        inputBefore = TestCorpus.snapshot(input);
    }

    private TestCorpus.Run refused(String output) {
        TestCorpus.Run run = TestCorpus.run(work, "--output=" + output);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Utdatamappen ").contains("inget har skrivits").doesNotContain("Exception");
        assertThat(TestCorpus.snapshot(input)).isEqualTo(inputBefore);
        return run;
    }

    @Test
    void anExistingFileIsNotReplaced() throws IOException {
        Path file = work.resolve("rapport.txt");
        Files.writeString(file, "mitt eget dokument\n", StandardCharsets.UTF_8);
        TestCorpus.Run run = refused(file.toString());
        assertThat(run.err()).contains(file.toString(), "är en fil", input.toString());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("mitt eget dokument\n");
    }

    @Test
    void theInputFolderIsNotWrittenInto() {
        TestCorpus.Run run = refused(input.toString());
        assertThat(run.err()).contains("samma mapp som indatamappen", input.toString());
    }

    @Test
    void aFolderInsideTheInputIsRefused() {
        Path inside = input.resolve("rapport");
        TestCorpus.Run run = refused(inside.toString());
        assertThat(run.err()).contains(inside.toString(), "ligger i indatamappen", input.toString());
        assertThat(inside).doesNotExist();
    }

    @Test
    void aFolderAroundTheInputIsRefused() {
        TestCorpus.Run run = refused(work.toString());
        assertThat(run.err()).contains("innehåller indatamappen", input.toString());
    }

    @Test
    void theSameInputFolderReachedThroughALinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("genväg"), input);
        TestCorpus.Run run = refused(link.toString());
        assertThat(run.err()).contains("samma mapp som indatamappen");
    }

}
