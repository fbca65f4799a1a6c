package se.ukrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.ingest.csv.MunicipalityFileReader;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;

class MunicipalityFileReaderTests {

    @TempDir
    Path input;

    @Test
    void clustersKeepFileOrderAndNamesMatchLoosely() throws Exception {
        Files.writeString(input.resolve("kommuner.csv"), """
                kommunkod;kommun;kluster;nestor;pilotlan
                0484;Eskilstuna;Mälardalen;nej;nej
                1484;Lilla Edet;Västra Götaland;ja;nej
                0428;Vingåker;Mälardalen;nej;nej
                """);
        MunicipalityRegistry r = new MunicipalityFileReader().read(input);
        assertThat(r.clusters()).containsExactly("Mälardalen", "Västra Götaland");
        assertThat(r.find("  lilla   EDET ")).map(Municipality::name).contains("Lilla Edet");
    }

    @Test
    void municipalityUnderTwoClustersNamesBothLines() throws Exception {
        Files.writeString(input.resolve("kommuner.csv"), """
                kommunkod;kommun;kluster;nestor;pilotlan
                0428;Vingåker;Mälardalen;nej;nej
                0484;Eskilstuna;Mälardalen;nej;nej
                0428;Vingåker;Sydost;nej;nej
                """);
        assertThatThrownBy(() -> new MunicipalityFileReader().read(input)).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.file()).isEqualTo("kommuner.csv");
                    assertThat(e.line()).isEqualTo(4L);
                    assertThat(e.column()).isEqualTo("kommun");
                    assertThat(e.getMessage()).contains("rad 2").contains("rad 4").contains("Vingåker");
                });
    }

}
