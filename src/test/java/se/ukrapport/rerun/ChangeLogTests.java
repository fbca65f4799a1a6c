package se.ukrapport.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.render.csv.CsvFileWriter;
import se.ukrapport.rerun.ChangeLog.Cause;
import se.ukrapport.rerun.ChangeLog.Change;

class ChangeLogTests {

    private static final List<String> AGGREGAT = List.of("fraga", "kluster", "alternativ", "antal", "bas");

    @TempDir
    Path dir;

    private Path oldData() {
        return dir.resolve("gammal/data");
    }

    private Path newData() {
        return dir.resolve("ny/data");
    }

    private static void table(Path folder, String name, List<String> header, List<List<String>> rows) {
        CsvFileWriter.write(folder.resolve(name), header, rows);
    }

    private List<Change> compare(List<Cause> causes) {
        return ChangeLog.compare(oldData(), newData(), Map.of("aggregat", "kap05"), Map.of("aggregat", Set.of("q01")),
                causes);
    }

    @Test
    void withoutAPreviousDataFolderNothingHasChanged() {
        table(newData(), "aggregat.csv", AGGREGAT, List.of(List.of("q01", "Samtliga", "Ja", "3", "7")));

        assertThat(compare(List.of())).isEmpty();
    }

    @Test
    void aChangedNumberIsListedWithChapterObjectRowKeyAndColumn() {
        // given q01 "Ja" among all respondents went from 3 to 4 of 7
        table(oldData(), "aggregat.csv", AGGREGAT, List.of(List.of("q01", "Storstad", "Ja", "2", "3"),
                List.of("q01", "Samtliga", "Ja", "3", "7"), List.of("q01", "Samtliga", "Nej", "4", "7")));
        table(newData(), "aggregat.csv", AGGREGAT, List.of(List.of("q01", "Storstad", "Ja", "2", "3"),
                List.of("q01", "Samtliga", "Ja", "4", "7"), List.of("q01", "Samtliga", "Nej", "3", "7")));

        // when the runs are compared
        List<Change> changes = compare(List.of(new Cause("rattelser.csv ändrad", Set.of("q01"))));

        // then rows are matched by fraga/kluster/alternativ and each changed cell is
        // named
        assertThat(changes).containsExactly(
                new Change("kap05", "aggregat", "q01/Samtliga/Ja/antal", "3", "4", "rattelser.csv ändrad"),
                new Change("kap05", "aggregat", "q01/Samtliga/Nej/antal", "4", "3", "rattelser.csv ändrad"));
    }

    @Test
    void decimalCommaNumbersAreNumbersAndTextChangesAreNotListed() {
        List<String> header = List.of("fraga", "kluster", "median", "kommentar");
        table(oldData(), "numeriska.csv", header, List.of(List.of("q03", "Samtliga", "12,5", "gammal")));
        table(newData(), "numeriska.csv", header, List.of(List.of("q03", "Samtliga", "-13,0", "ny")));

        List<Change> changes = ChangeLog.compare(oldData(), newData(), Map.of(), Map.of(), List.of());

        // an object no chapter shows belongs to "data"
        assertThat(changes).containsExactly(new Change("data", "numeriska", "q03/median", "12,5", "-13,0", ""));
    }

    @Test
    void aRowThatAppearsOrDisappearsIsOneLineWithItsCells() {
        table(oldData(), "aggregat.csv", AGGREGAT,
                List.of(List.of("q01", "Samtliga", "Ja", "3", "7"), List.of("q01", "Samtliga", "Nej", "4", "7")));
        table(newData(), "aggregat.csv", AGGREGAT,
                List.of(List.of("q01", "Samtliga", "Ja", "3", "7"), List.of("q01", "Samtliga", "Delvis", "4", "7")));

        List<Change> changes = compare(List.of());

        assertThat(changes).extracting(Change::key, Change::before, Change::after)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("q01/Samtliga/Nej", "rad borttagen: 4 | 7", ""),
                    org.assertj.core.groups.Tuple.tuple("q01/Samtliga/Delvis", "", "rad tillagd: 4 | 7"));
    }

    @Test
    void aDataFileOnlyTheOldRunHadIsListedAsGone() {
        table(oldData(), "energi.csv", List.of("barare", "okning"), List.of(List.of("El", "120,5")));
        table(newData(), "aggregat.csv", AGGREGAT, List.of(List.of("q01", "Samtliga", "Ja", "3", "7")));

        List<Change> changes = ChangeLog.compare(oldData(), newData(), Map.of(), Map.of(), List.of());

        assertThat(changes).extracting(Change::object, Change::key, Change::before, Change::after)
            .contains(org.assertj.core.groups.Tuple.tuple("energi", "El", "rad borttagen: 120,5", ""));
    }

    @Test
    void theKeyIsTheFewestLeadingColumnsThatTellTheRowsApart() {
        List<String> header = List.of("kommun", "ar", "varde");
        table(oldData(), "ees.csv", header,
                List.of(List.of("Borås", "2010", "5"), List.of("Borås", "2011", "6"), List.of("Lund", "2010", "7")));
        table(newData(), "ees.csv", header,
                List.of(List.of("Borås", "2010", "5"), List.of("Borås", "2011", "8"), List.of("Lund", "2010", "7")));

        List<Change> changes = ChangeLog.compare(oldData(), newData(), Map.of(), Map.of(), List.of());

        // "ar" is part of the key, so it is never reported as a changed value
        assertThat(changes).containsExactly(new Change("data", "ees", "Borås/2011/varde", "6", "8", ""));
    }

    @Test
    void whenFewerColumnsTellTheRowsApartTheKeyIsShorter() {
        // a single row: its first column alone tells it apart
        table(oldData(), "aggregat.csv", AGGREGAT, List.of(List.of("q01", "Samtliga", "Ja", "3", "7")));
        table(newData(), "aggregat.csv", AGGREGAT, List.of(List.of("q01", "Samtliga", "Ja", "4", "7")));

        assertThat(compare(List.of())).extracting(Change::key).containsExactly("q01/antal");
    }

    @Test
    void aCauseNamingARelatedQuestionIsPreferredOverGeneralCauses() {
        List<Cause> causes = List.of(new Cause("kommuner.csv ändrad", Set.of()),
                new Cause("rättelse av q01", Set.of("q01")), new Cause("rättelse av q09", Set.of("q09")));

        assertThat(ChangeLog.cause(Set.of("q01", "Samtliga"), causes)).isEqualTo("rättelse av q01");
        // without a specific cause, the general ones
        assertThat(ChangeLog.cause(Set.of("q02"), causes)).isEqualTo("kommuner.csv ändrad");
    }

    @Test
    void withOnlyUnrelatedSpecificCausesAllAreGiven() {
        List<Cause> causes = List.of(new Cause("rättelse av q08", Set.of("q08")),
                new Cause("rättelse av q09", Set.of("q09")));

        assertThat(ChangeLog.cause(Set.of("q01"), causes)).isEqualTo("rättelse av q08; rättelse av q09");
        assertThat(ChangeLog.cause(Set.of("q01"), List.of())).isEmpty();
    }

    @Test
    void theRowKeyCountsAsRelatedToTheCause() {
        // no question list is given for aggregat here, but its row key names the question
        table(oldData(), "aggregat.csv", AGGREGAT, List.of(List.of("q07", "Samtliga", "Ja", "3", "7")));
        table(newData(), "aggregat.csv", AGGREGAT, List.of(List.of("q07", "Samtliga", "Ja", "5", "7")));

        List<Change> changes = ChangeLog.compare(oldData(), newData(), Map.of(), Map.of(),
                List.of(new Cause("allmän", Set.of()), new Cause("rättelse av q07", Set.of("q07"))));

        assertThat(changes).extracting(Change::cause).containsExactly("rättelse av q07");
    }

    @Test
    void theChangeLogIsWrittenWithItsHeader() throws IOException {
        Path file = dir.resolve("andringar.csv");

        ChangeLog.write(file, List.of(new Change("kap05", "aggregat", "q01/Samtliga/Ja/antal", "3", "4", "rättelse")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
            .isEqualTo("\ufeff" + "kapitel;objekt;nyckel;fore;efter;orsak\r\n"
                    + "kap05;aggregat;q01/Samtliga/Ja/antal;3;4;rättelse\r\n");
    }

}
