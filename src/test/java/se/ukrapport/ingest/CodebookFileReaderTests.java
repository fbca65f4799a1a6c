package se.ukrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.ingest.csv.CodebookFileReader;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.EnergyDirection;

class CodebookFileReaderTests {

    private static final String HEADER = "kod;fraga;typ;alternativ;enhet;kapitel\n";

    @TempDir
    Path input;

    private Codebook read(String body) throws Exception {
        Files.createDirectories(input.resolve("enkat"));
        Files.writeString(input.resolve("enkat/kodbok.csv"), HEADER + body);
        return new CodebookFileReader().read(input);
    }

    @Test
    void readsTypesOptionsCarriersAndMultiPrefixes() throws Exception {
        Codebook cb = read("""
                kommun;Kommun;kommun;;;
                x1;Fråga?;scale;1=Inte alls|5=Mycket|0=Vet ej;;5.1
                tema_ett_a;Teman;multi;Alfa;;8.1
                tema_ett_b;Teman;multi;Beta;;8.1
                e_fv_plus;Fjärrvärme ökning (kWh);energy;Fjärrvärme;kWh;10.5
                e_fv_minus;Fjärrvärme, minskning (kWh);energy;Fjärrvärme;kWh;10.5
                """);
        assertThat(cb.column("x1").orElseThrow().options()).hasSize(3);
        assertThat(cb.multiQuestions()).containsOnlyKeys("tema_ett");
        assertThat(cb.energyCarriers()).containsExactly("Fjärrvärme");
        assertThat(cb.column("e_fv_plus").orElseThrow().direction()).isEqualTo(EnergyDirection.INCREASE);
        assertThat(cb.column("e_fv_minus").orElseThrow().direction()).isEqualTo(EnergyDirection.DECREASE);
    }

    @Test
    void unknownTypeStopsWithLineAndColumn() {
        assertThatThrownBy(() -> read("kommun;Kommun;kommun;;;\nq1;Fråga;flerval;;;\n"))
            .isInstanceOfSatisfying(InputException.class, e -> {
                assertThat(e.file()).isEqualTo("enkat/kodbok.csv");
                assertThat(e.line()).isEqualTo(3L);
                assertThat(e.column()).isEqualTo("typ");
                assertThat(e.getMessage()).contains("flerval");
            });
    }

    @Test
    void missingColumnStops() throws Exception {
        Files.createDirectories(input.resolve("enkat"));
        Files.writeString(input.resolve("enkat/kodbok.csv"),
                "kod;fraga;typ;alternativ;enhet\nkommun;Kommun;kommun;;\n");
        assertThatThrownBy(() -> new CodebookFileReader().read(input)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.column()).isEqualTo("kapitel"));
    }

}
