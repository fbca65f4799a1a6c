package se.ukrapport.render.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Heading numbers come from the chapter's place and the sections that are there, not from
 * the template.
 */
class HeadingNumbersTests {

    private static List<String> headings(Chapter c) {
        return c.blocks().stream().filter(b -> b instanceof Heading).map(b -> ((Heading) b).text()).toList();
    }

    private static Paragraph text() {
        return new Paragraph(List.of());
    }

    @Test
    void aChaptersSectionsAreNumberedInOrderWithoutGaps() {
        Chapter c = new Chapter("kap10", "Resultat", List.of(new Heading(1, "Resultat"), new Heading(2, "Prestationer"),
                text(), new Heading(3, "Per kluster"), new Heading(2, "Mål och måluppfyllelse")));
        assertThat(headings(HeadingNumbers.apply(c, 10, false))).containsExactly("10 Resultat", "10.1 Prestationer",
                "10.1.1 Per kluster", "10.2 Mål och måluppfyllelse");
    }

    @Test
    void aNumberTypedInAnEditedTemplateIsReplacedNotDoubled() {
        Chapter c = new Chapter("kap05", "Arbetet",
                List.of(new Heading(1, "5 Arbetet"), new Heading(2, "5.3 Goda exempel")));
        assertThat(headings(HeadingNumbers.apply(c, 5, false))).containsExactly("5 Arbetet", "5.1 Goda exempel");
    }

    @Test
    void anAppendixIsNamedBilagaAndItsSectionsStayUnnumbered() {
        Chapter c = new Chapter("bilaga2", "Datakvalitet",
                List.of(new Heading(1, "Bilaga 2. Datakvalitet"), new Heading(2, "Rättelser")));
        assertThat(headings(HeadingNumbers.apply(c, 2, true))).containsExactly("Bilaga 2. Datakvalitet", "Rättelser");
    }

    @Test
    void aChapterWithoutAFirstLevelHeadingGetsOneFromItsTitle() {
        Chapter c = new Chapter("kap12", "Slutsatser", List.of(text(), new Heading(2, "Vad vi lärt oss")));
        assertThat(headings(HeadingNumbers.apply(c, 12, false))).containsExactly("12 Slutsatser",
                "12.1 Vad vi lärt oss");
    }

}
