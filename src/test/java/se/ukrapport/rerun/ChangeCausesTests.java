package se.ukrapport.rerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EnergyDirection;
import se.ukrapport.render.csv.CsvFileWriter;

class ChangeCausesTests {

    private static final Codebook CODEBOOK = new Codebook(List.of(new CodebookColumn("q36_el_minskning",
            "Minskad elanvändning", ColumnType.ENERGY, List.of(), "El", "MWh", "10", EnergyDirection.DECREASE, "", 2)));

    private static final List<String> HEADER = List.of("rad", "kommun", "kod", "fore", "efter", "kommentar");

    @TempDir
    Path published;

    private static InputInventory inventory(Map<String, String> files) {
        return new InputInventory(files, "f", "d");
    }

    private static Manifest manifest(Map<String, String> files) {
        return new Manifest("uk-rapport test", 2011, "f", files, Map.of());
    }

    private void publishedCorrections(List<List<String>> rows) throws IOException {
        CsvFileWriter.write(published.resolve("kvalitet/rattelser.csv"), HEADER, rows);
    }

    private static List<String> texts(List<ChangeLog.Cause> causes) {
        return causes.stream().map(ChangeLog.Cause::text).toList();
    }

    @Test
    void aNewCorrectionLineIsTheCauseAndNamesTheQuestionsItTouches() throws IOException {
        // given the published run had no corrections
        publishedCorrections(List.of());
        CorrectionRow added = new CorrectionRow(5, "Lerum", "q36_el_minskning", "470", "470,3 MWh", "", "2011-11-02");

        // when this run applies one
        List<ChangeLog.Cause> causes = ChangeCauses.of(published, CODEBOOK, List.of(added),
                Optional.of(manifest(Map.of())), inventory(Map.of()));

        // then it is the one cause, tied to its code and municipality
        assertThat(texts(causes)).containsExactly("rättelse rad 5: Lerum q36_el_minskning");
        assertThat(causes.get(0).questions()).contains("q36_el_minskning", "Lerum");
    }

    @Test
    void aCorrectionTakenOutAgainIsTheCauseOfTheNumbersGoingBack() throws IOException {
        publishedCorrections(List.of(List.of("5", "Lerum", "q36_el_minskning", "470", "470,3 MWh", "")));

        List<ChangeLog.Cause> causes = ChangeCauses.of(published, CODEBOOK, List.of(), Optional.of(manifest(Map.of())),
                inventory(Map.of()));

        assertThat(texts(causes)).containsExactly("rättelse rad 5 borttagen: Lerum q36_el_minskning");
    }

    @Test
    void inputFilesAndTemplatesAreNamedAsNewChangedOrRemoved() {
        Map<String, String> before = Map.of("enkat/enkat-2011.csv", "a", "strategier/Borås.pdf", "b",
                InputInventory.TEMPLATES + "kap05-kommunernas-arbete.ftl", "c", "rattelser.csv", "x");
        Map<String, String> now = Map.of("enkat/enkat-2011.csv", "A", "strategier/Lerum.docx", "n",
                InputInventory.TEMPLATES + "kap05-kommunernas-arbete.ftl", "C", "rattelser.csv", "y");

        List<ChangeLog.Cause> causes = ChangeCauses.of(published, CODEBOOK, List.of(), Optional.of(manifest(before)),
                inventory(now));

        // the correction file is told line by line, never as a changed file
        assertThat(texts(causes)).containsExactlyInAnyOrder("enkat/enkat-2011.csv ändrad",
                "strategier/Borås.pdf borttagen", "strategier/Lerum.docx ny",
                "mallen kap05-kommunernas-arbete.ftl ändrad");
    }

    @Test
    void onlyWhenNothingElseDiffersIsItAReRunOrANewProgramVersion() throws IOException {
        publishedCorrections(List.of(List.of("5", "Lerum", "q36_el_minskning", "470", "470,3 MWh", "")));
        CorrectionRow same = new CorrectionRow(5, "Lerum", "q36_el_minskning", "470", "470,3 MWh", "", "2011-11-02");

        List<ChangeLog.Cause> causes = ChangeCauses.of(published, CODEBOOK, List.of(same),
                Optional.of(manifest(Map.of("a", "1"))), inventory(Map.of("a", "1")));

        assertThat(texts(causes)).containsExactly(ChangeCauses.NOTHING_ELSE);
    }

}
