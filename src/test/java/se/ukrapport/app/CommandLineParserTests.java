package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CommandLineParserTests {

    private final Path cwd = Path.of("/tmp/arbete");

    @Test
    void defaultsAreRelativeToTheWorkingDirectory() {
        RunOptions o = new CommandLineParser().parse(new String[0], cwd);
        assertThat(o.input()).isEqualTo(Path.of("/tmp/arbete/input"));
        assertThat(o.output()).isEqualTo(Path.of("/tmp/arbete/output"));
        assertThat(o.command()).isEqualTo(RunOptions.Command.RUN);
    }

    @Test
    void readsEveryOption() {
        RunOptions o = new CommandLineParser().parse(new String[] { "--input=../in", "--output=/ut",
                "--kapitel=kap05,bilaga6", "--alla", "--validera", "--spring.datasource.url=jdbc:h2:mem:x" }, cwd);
        assertThat(o.input()).isEqualTo(Path.of("/tmp/in"));
        assertThat(o.output()).isEqualTo(Path.of("/ut"));
        assertThat(o.chapters()).containsExactlyInAnyOrder("kap05", "bilaga6");
        assertThat(o.all()).isTrue();
        assertThat(o.validate()).isTrue();
        assertThat(o.springArgs()).containsExactly("--spring.datasource.url=jdbc:h2:mem:x");
    }

    @Test
    void historyCommand() {
        assertThat(new CommandLineParser().parse(new String[] { "historik" }, cwd).command())
            .isEqualTo(RunOptions.Command.HISTORY);
    }

    @Test
    void historyOfOneRun() {
        RunOptions o = new CommandLineParser().parse(new String[] { "historik", "3" }, cwd);
        assertThat(o.command()).isEqualTo(RunOptions.Command.HISTORY);
        assertThat(o.historyRun()).isEqualTo(3L);
        assertThatThrownBy(() -> new CommandLineParser().parse(new String[] { "3" }, cwd))
            .isInstanceOf(UsageException.class);
    }

    @Test
    void previewWithItsPort() {
        RunOptions o = new CommandLineParser().parse(new String[] { "--forhandsgranska", "--templates=mallar" }, cwd);
        assertThat(o.command()).isEqualTo(RunOptions.Command.PREVIEW);
        assertThat(o.port()).isEqualTo(RunOptions.DEFAULT_PORT);
        assertThat(o.templates()).isEqualTo(Path.of("/tmp/arbete/mallar"));
        assertThat(new CommandLineParser().parse(new String[] { "--port=0", "--forhandsgranska" }, cwd).port())
            .isZero();
        assertThatThrownBy(() -> new CommandLineParser().parse(new String[] { "--port=8081" }, cwd))
            .isInstanceOf(UsageException.class)
            .hasMessageContaining("bara tillsammans med --forhandsgranska");
        assertThatThrownBy(
                () -> new CommandLineParser().parse(new String[] { "--forhandsgranska", "--port=70000" }, cwd))
            .isInstanceOf(UsageException.class)
            .hasMessageContaining("Ogiltigt portnummer");
        assertThatThrownBy(() -> new CommandLineParser().parse(new String[] { "--forhandsgranska", "--alla" }, cwd))
            .isInstanceOf(UsageException.class)
            .hasMessageContaining("--alla eller --kapitel");
        assertThatThrownBy(() -> new CommandLineParser().parse(new String[] { "historik", "--forhandsgranska" }, cwd))
            .isInstanceOf(UsageException.class);
    }

    @Test
    void unknownOptionAndUnknownChapterAreUsageErrors() {
        assertThatThrownBy(() -> new CommandLineParser().parse(new String[] { "--utdata=x" }, cwd))
            .isInstanceOf(UsageException.class)
            .hasMessageContaining("Okänt argument");
        assertThatThrownBy(() -> new CommandLineParser().parse(new String[] { "--kapitel=kap12" }, cwd))
            .isInstanceOf(UsageException.class)
            .hasMessageContaining("kap12");
    }

    @Test
    void usageErrorExitsWith2() {
        assertThat(TestCorpus.run(cwd, "--okand").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

}
