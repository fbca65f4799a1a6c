package se.ukrapport.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.ukrapport.preview.InputChanges.Change;
import se.ukrapport.preview.InputChanges.Kind;

class InputChangesTests {

    private static final Map<String, String> BEFORE = Map.of("kommuner.csv", "a1", "rattelser.csv", "b1",
            "mallar/kap05-kommunernas-arbete.ftl", "c1", "strategier/Lerum.docx", "d1");

    @Test
    void sameChecksumsAreNoChange() {
        assertThat(InputChanges.between(BEFORE, Map.copyOf(BEFORE))).isEmpty();
    }

    @Test
    void newChangedAndRemovedFilesByName() {
        Map<String, String> after = Map.of("kommuner.csv", "a1", "rattelser.csv", "b2",
                "mallar/kap05-kommunernas-arbete.ftl", "c1", "strategier/Sala.docx", "e1");
        assertThat(InputChanges.between(BEFORE, after)).containsExactly(new Change("rattelser.csv", Kind.CHANGED),
                new Change("strategier/Lerum.docx", Kind.REMOVED), new Change("strategier/Sala.docx", Kind.NEW));
    }

    @Test
    void aTemplateIsNamedAsTheChangeListNamesIt() {
        Map<String, String> after = new java.util.HashMap<>(BEFORE);
        after.put("mallar/kap05-kommunernas-arbete.ftl", "c2");
        List<Change> changes = InputChanges.between(BEFORE, after);
        assertThat(InputChanges.describe(changes)).isEqualTo("Mallen kap05-kommunernas-arbete.ftl ändrad");
    }

    @Test
    void severalChangesInOneLine() {
        List<Change> two = List.of(new Change("mallar/kap05-kommunernas-arbete.ftl", Kind.CHANGED),
                new Change("rattelser.csv", Kind.CHANGED));
        assertThat(InputChanges.describe(two))
            .isEqualTo("Mallen kap05-kommunernas-arbete.ftl ändrad och rattelser.csv ändrad");
        List<Change> five = List.of(new Change("a.csv", Kind.NEW), new Change("b.csv", Kind.NEW),
                new Change("c.csv", Kind.NEW), new Change("d.csv", Kind.NEW), new Change("e.csv", Kind.REMOVED));
        assertThat(InputChanges.describe(five)).isEqualTo("5 filer ändrade (a.csv ny, b.csv ny …)");
    }

    @Test
    void theConsoleLineSaysWhatWasRenderedAndHowLongItTook() {
        assertThat(Preview.summary("Mallen kap05-kommunernas-arbete.ftl ändrad",
                new Preview.Outcome(true, List.of("kap05"), false), 0.84))
            .isEqualTo("Mallen kap05-kommunernas-arbete.ftl ändrad: kapitel kap05 omrenderat på 0,8 s.");
        assertThat(Preview.summary("Rattelser.csv ändrad", new Preview.Outcome(true, List.of("kap01", "kap10"), false),
                2.25))
            .isEqualTo("Rattelser.csv ändrad: kapitel kap01, kap10 omrenderade på 2,3 s.");
        assertThat(Preview.summary("Rattelser.csv ändrad", new Preview.Outcome(false, List.of(), false), 0.4))
            .startsWith("Rattelser.csv ändrad: fel, rapporten är inte omgjord (den förra visas)");
    }

}
