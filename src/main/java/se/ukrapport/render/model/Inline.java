package se.ukrapport.render.model;

/** Running text inside a paragraph, list item or table cell. */
public sealed interface Inline permits Inline.Text, Inline.Strong, Inline.Emphasis, Inline.Ref {

    record Text(String text) implements Inline {
    }

    record Strong(String text) implements Inline {
    }

    record Emphasis(String text) implements Inline {
    }

    /**
     * A reference to a table or figure by id; rendered as "tabell 3" / "figur 2" once
     * numbered, or "Tabell 3" where it starts a sentence.
     */
    record Ref(String targetId, boolean sentenceStart) implements Inline {
    }

}
