package se.ukrapport.render.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Paragraph;

/**
 * Control characters in the data's text (a NUL, a vertical tab, a form feed) never make
 * the markup invalid.
 */
class MarkupParserControlCharacterTests {

    @Test
    void controlCharactersXmlCannotCarryAreDroppedFromTheText() {
        Chapter c = new MarkupParser().parse("t.ftl",
                "<chapter id=\"x\" title=\"X\"><p>Bra\u0000 sam\u000Barbete\u000C med\tgrannar</p></chapter>");
        assertThat(c.blocks()).hasSize(1).first().isInstanceOf(Paragraph.class);
        assertThat(c.blocks().get(0).toString()).contains("Bra samarbete").doesNotContain("\u0000");
    }

    @Test
    void tabsAndLineEndsAreKept() {
        assertThat(MarkupParser.withoutNonXmlCharacters("a\tb\nc\rd\u0001")).isEqualTo("a\tb\nc\rd");
    }

}
