package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * C2 is switched off for reports of the programme's size only, and only in a JVM of the
 * program's own: the directive is tried in a child JVM, not in the one that runs the
 * other tests.
 */
class ShortRunCompilationTests {

    @TempDir
    Path input;

    @Test
    void countsTheMunicipalityListsLines() throws IOException {
        writeMunicipalities(66);
        assertThat(ShortRunCompilation.municipalities(input)).isEqualTo(67);
        assertThat(ShortRunCompilation.municipalities(input.resolve("saknas"))).isZero();
    }

    @Test
    void keepsC2ForThousandsOfMunicipalities() throws IOException {
        writeMunicipalities(ShortRunCompilation.MAX_MUNICIPALITIES + 1);
        assertThat(ShortRunCompilation.applyFor(input)).isFalse();
    }

    @Test
    void switchesC2OffForTheProgrammesSizeUnlessAskedToKeepIt() throws Exception {
        writeMunicipalities(290);
        assertThat(inChildJvm()).isEqualTo("true");
        assertThat(inChildJvm("-D" + ShortRunCompilation.KEEP_C2 + "=true")).isEqualTo("false");
    }

    /** Runs {@link Probe} in a JVM of its own and returns what it printed. */
    private String inChildJvm(String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName(), input.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private void writeMunicipalities(int n) throws IOException {
        StringBuilder sb = new StringBuilder("kommun;kluster\n");
        for (int i = 0; i < n; i++) {
            sb.append("Kommun ").append(i).append(";Kluster\n");
        }
        Files.writeString(input.resolve("kommuner.csv"), sb, StandardCharsets.UTF_8);
    }

    /** The child JVM's entry point. */
    public static final class Probe {

        public static void main(String[] args) {
            System.out.println(ShortRunCompilation.applyFor(Path.of(args[0])));
        }

    }

}
