package se.ukrapport.ingest.xlsx;

/**
 * One cell as the sheet XML stores it, before any interpretation. Kept apart from its
 * text because a numeric cell "1.234" is one and a quarter, while a typed text "1.234" is
 * a Swede's one thousand two hundred and thirty-four.
 *
 * @param text for {@link Kind#NUMBER} Excel's own shortest rendering of the stored double
 * (what Excel shows in a General cell, e.g. "37660.9"); otherwise the text as stored
 */
public record SheetCell(Kind kind, String text) {

    public enum Kind {

        NUMBER, TEXT, BOOLEAN, ERROR

    }

    public boolean isBlank() {
        return text == null || text.replace('\u00a0', ' ').replace('\u202f', ' ').isBlank();
    }
}
