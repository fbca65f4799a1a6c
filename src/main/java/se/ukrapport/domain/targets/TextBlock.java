package se.ukrapport.domain.targets;

/** One unit of a strategy document's text, in document order. */
public record TextBlock(Kind kind, String text) {

    public enum Kind {

        HEADING, PARAGRAPH, LIST_ITEM, TABLE_CELL

    }

    public TextBlock {
        text = Whitespace.normalize(text);
    }
}
