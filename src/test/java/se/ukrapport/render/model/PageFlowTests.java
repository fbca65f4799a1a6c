package se.ukrapport.render.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The page-flow rules both printed editions share. */
class PageFlowTests {

    private static final Table WIDE = new Table("tabell-bred", "Bred.", List.of(List.of("a")), List.of(List.of("1")),
            List.of(false), true, List.of());

    private static final Table NARROW = new Table("tabell-smal", "Smal.", List.of(List.of("a")), List.of(List.of("1")),
            List.of(false), false, List.of());

    private static final Paragraph TEXT = new Paragraph(List.of(new Inline.Text("Text.")));

    @Test
    void theShortTextRightBeforeAWideTableGoesOnItsLandscapePage() {
        List<Block> blocks = List.of(new Heading(1, "Bilaga"), TEXT, new Heading(2, "Del"), new Heading(3, "Avsnitt"),
                WIDE, WIDE, NARROW);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(i -> PageFlow.landscape(blocks, i)).toList())
            .containsExactly(true, true, true, true, true, true, false);
    }

    @Test
    void aLongTextBeforeAWideTableStaysOnPortraitPages() {
        List<Block> blocks = List.of(new Heading(1, "Kapitel"), TEXT, TEXT, TEXT, TEXT, TEXT, WIDE);
        assertThat(List.of(0, 1, 2, 6).stream().map(i -> PageFlow.landscape(blocks, i)).toList()).containsExactly(false,
                false, true, true);
    }

    @Test
    void aHeadingKeepsItsFollowingHeadingsAndTheFirstPartOfWhatTheyIntroduce() {
        List<Block> blocks = List.of(new Heading(2, "Del"), new Heading(3, "Avsnitt"), TEXT);
        float keep = PageFlow.keepWithNext(blocks, 0, k -> blocks.get(k) instanceof Heading ? 100 : 13);
        assertThat(keep)
            .isEqualTo(PageLayout.HEADING_BEFORE + PageLayout.HEADING_LEADING[1] + PageLayout.HEADING_AFTER + 100 + 13);
        assertThat(PageFlow.keepWithNext(List.of(new Heading(1, "Sist")), 0, k -> 999))
            .isEqualTo(PageLayout.HEADING_LEADING[0] + PageLayout.HEADING_AFTER);
    }

    /** Regression: "Några av svaren:" ended page 16 with its quotes on page 17. */
    @Test
    void theSentenceBeforeAListIntroducesItAndNothingElseDoes() {
        BulletList quotes = new BulletList(List.of(List.of(new Inline.Text("”Ett svar.” (Kil)"))));
        List<Block> blocks = List.of(TEXT, quotes, TEXT);

        assertThat(PageFlow.introducesList(blocks, 0)).isTrue();
        assertThat(PageFlow.introducesList(blocks, 1)).isFalse();
        assertThat(PageFlow.introducesList(blocks, 2)).isFalse();
        assertThat(PageFlow.introducesList(blocks, -1)).isFalse();
    }

}
