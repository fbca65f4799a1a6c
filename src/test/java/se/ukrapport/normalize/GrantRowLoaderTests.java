package se.ukrapport.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.grants.GrantMembership;
import se.ukrapport.domain.grants.PlacedGrantRow;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.xlsx.GrantTestWorkbooks;

class GrantRowLoaderTests {

    private static final MunicipalityRegistry REGISTRY = new MunicipalityRegistry(
            List.of(new Municipality("1490", "Borås", "Storstad", true, false, 2)));

    @TempDir
    Path input;

    private final List<PlacedGrantRow> stored = new ArrayList<>();

    private final List<String> progress = new ArrayList<>();

    private GrantRowLoader.Result load() {
        return new GrantRowLoader(REGISTRY).load(input, batch -> {
            assertThat(batch.size()).isLessThanOrEqualTo(GrantRowLoader.BATCH);
            stored.addAll(batch);
        }, w -> progress.add(w.name() + " " + w.rows()));
    }

    private void workbook(GrantTestWorkbooks book) throws IOException {
        Files.createDirectories(input.resolve("ees"));
        book.write(input.resolve("ees/ees-2010.xlsx"));
    }

    @Test
    void eachRowIsPlacedInItsGroupOnce() throws IOException {
        // given a member, another municipality and a county council
        workbook(GrantTestWorkbooks.standard()
            .standardRow("1490", "Borås Stad", "Kommun", "Energianvändning", "MWh", 100, 5, 20)
            .standardRow("1281", "Lunds kommun", "Kommun", "Energianvändning", "MWh", 80, 4, 10)
            .standardRow("", "Region Skåne", "Landsting", "Energianvändning", "MWh", 300, 3, 15));

        // when the workbooks are loaded
        GrantRowLoader.Result r = load();

        // then every row carries its group, and the member its municipality
        assertThat(stored).extracting(p -> p.placement().group())
            .containsExactly(GrantMembership.PROGRAMME, GrantMembership.OTHERS, GrantMembership.COUNTY_COUNCILS);
        assertThat(stored.get(0).placement().municipality().name()).isEqualTo("Borås");
        assertThat(progress).containsExactly("ees/ees-2010.xlsx 3");
        assertThat(r.corrections()).isEmpty();
    }

    @Test
    void aCorrectionOfAMembersRowIsAppliedAndReported() throws IOException {
        workbook(GrantTestWorkbooks.standard()
            .standardRow("1490", "Borås Stad", "Kommun", "Energianvändning", "MWh", 100, 5, 20));
        Files.writeString(input.resolve(CorrectionFile.FILE),
                "kommun;kod;varde;kommentar\nBorås;ees:Energianvändning:2010;120;Rättat av kommunen\n");

        GrantRowLoader.Result r = load();

        assertThat(stored.get(0).row().value()).isEqualByComparingTo(new BigDecimal("120"));
        assertThat(r.corrections()).hasSize(1);
        assertThat(r.corrections().get(0).after()).isEqualTo("120");
    }

    @Test
    void aCorrectionThatMatchesNoRowStopsTheRunNamingItsLine() throws IOException {
        workbook(GrantTestWorkbooks.standard()
            .standardRow("1490", "Borås Stad", "Kommun", "Energianvändning", "MWh", 100, 5, 20));
        Files.writeString(input.resolve(CorrectionFile.FILE),
                "kommun;kod;varde;kommentar\nBorås;ees:Energianvändning:2009;120;\n");

        InputException e = catchThrowableOfType(InputException.class, this::load);

        assertThat(e.getMessage()).contains(CorrectionFile.FILE).contains("matchar ingen rad");
    }

    @Test
    void entriesOfTheGrantFolderThatAreNotWorkbooksAreListed() throws IOException {
        workbook(GrantTestWorkbooks.standard());
        Files.writeString(input.resolve("ees/anteckningar.txt"), "x");

        GrantRowLoader.Result r = load();

        assertThat(r.rejected()).extracting(x -> x.file()).anyMatch(f -> f.contains("anteckningar.txt"));
    }

}
