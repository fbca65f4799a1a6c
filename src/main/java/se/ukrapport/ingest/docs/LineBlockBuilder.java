package se.ukrapport.ingest.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ukrapport.domain.targets.TextBlock;
import se.ukrapport.domain.targets.Whitespace;

/**
 * Turns physical lines (of a text file or a PDF page) into blocks. Layout breaks lines in
 * the middle of sentences; a line that does not end a sentence continues into the next,
 * unless the next one starts a list item or the current one is a heading. Blank lines
 * always end a block.
 */
final class LineBlockBuilder {

    /**
     * Bullet glyphs. Symbol fonts without a Unicode mapping come out of PDFs as control
     * or private-use characters (DEL, U+F0B7), so those count as bullets too.
     */
    private static final String GLYPH = "[•·\\u25aa\\u25a0\\u25cf\\u25e6\\u2022\\u2023\\u2043\\u2219\\u27a2"
            + "\\u007f\\u0080-\\u009f\\u0000-\\u0008\\ue000-\\uf8ff▪►✓➢]";

    /** "- ", "* ", "• ", "– ", "1. ", "2) ", "a) " at the start of a line. */
    private static final Pattern LIST_MARKER = Pattern
        .compile("^\\s*(?:" + GLYPH + "\\s*|[-*\\u2013\\u2014\\u2212]\\s+|\\d{1,2}[.)]\\s+|[a-z][)]\\s+)(.*)$");

    /**
     * A bullet alone on its line: PDF extraction often puts the glyph on a line of its
     * own.
     */
    private static final Pattern LONE_BULLET = Pattern
        .compile("^\\s*(?:" + GLYPH + "|[-*\\u2013\\u2014\\u2212o])\\s*$");

    /** Sentence end (or a lead-in colon) at the end of a line. */
    private static final Pattern ENDS_BLOCK = Pattern.compile(".*[.!?:;]['\"”’)]*$");

    /** Page furniture that layout extraction puts among the text: "3", "Sida 3 av 12". */
    private static final Pattern PAGE_NUMBER = Pattern
        .compile("(?i)^(?:sida\\s+)?\\d{1,3}(?:\\s*(?:av|/)\\s*\\d{1,3})?$");

    private static final int MAX_HEADING_LENGTH = 70;

    private static final int MAX_HEADING_WORDS = 9;

    private final List<TextBlock> out = new ArrayList<>();

    private TextBlock.Kind kind;

    private StringBuilder current;

    private boolean pendingBullet;

    static List<TextBlock> build(List<String> lines) {
        LineBlockBuilder b = new LineBlockBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.accept(Whitespace.normalize(lines.get(i)), nextNonBlank(lines, i), nextIsBlankOrEnd(lines, i));
        }
        b.flush();
        return b.out;
    }

    private static String nextNonBlank(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String s = Whitespace.normalize(lines.get(j));
            if (!s.isEmpty() && !PAGE_NUMBER.matcher(s).matches()) {
                return s;
            }
        }
        return "";
    }

    private static boolean nextIsBlankOrEnd(List<String> lines, int i) {
        return i + 1 >= lines.size() || Whitespace.normalize(lines.get(i + 1)).isEmpty();
    }

    private void accept(String line, String next, boolean blankFollows) {
        if (line.isEmpty()) {
            flush();
            return;
        }
        if (PAGE_NUMBER.matcher(line).matches()) {
            return;
        }
        if (LONE_BULLET.matcher(line).matches()) {
            flush();
            pendingBullet = true;
            return;
        }
        if (pendingBullet) {
            pendingBullet = false;
            start(TextBlock.Kind.LIST_ITEM, line);
            return;
        }
        Matcher marker = LIST_MARKER.matcher(line);
        if (marker.matches() && !marker.group(1).isBlank()) {
            flush();
            start(TextBlock.Kind.LIST_ITEM, marker.group(1));
            return;
        }
        if (current == null) {
            if (isHeading(line, next, blankFollows)) {
                out.add(new TextBlock(TextBlock.Kind.HEADING, line));
                return;
            }
            start(TextBlock.Kind.PARAGRAPH, line);
            return;
        }
        String sofar = current.toString();
        if (ENDS_BLOCK.matcher(sofar).matches() && startsUpper(line)) {
            // A finished sentence followed by a capital: a new paragraph, or a heading.
            flush();
            accept(line, next, blankFollows);
            return;
        }
        append(line);
    }

    /**
     * A short line without final punctuation that stands alone or before a capitalised
     * line.
     */
    private static boolean isHeading(String line, String next, boolean blankFollows) {
        if (line.length() > MAX_HEADING_LENGTH || line.split(" ").length > MAX_HEADING_WORDS
                || ENDS_BLOCK.matcher(line).matches() || line.endsWith(",")) {
            return false;
        }
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.codePointAt(0))) {
            return false;
        }
        return blankFollows || next.isEmpty() || startsUpper(next) || LIST_MARKER.matcher(next).matches();
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private void start(TextBlock.Kind k, String text) {
        kind = k;
        current = new StringBuilder(text);
    }

    private void append(String line) {
        String sofar = current.toString();
        // A word hyphenated at the line end ("energi-\neffektivisering") is glued back,
        // but
        // "energi- och klimat" style hyphens before a lower-case conjunction keep their
        // space.
        // (A whole word: not \b, which since Java 19 would end "till" in "tillämpning".)
        if (sofar.endsWith("-") && !sofar.endsWith(" -") && Character.isLowerCase(line.codePointAt(0))
                && !line.matches("^(och|eller|samt|till)(?![\\p{L}\\p{Nd}_]).*")) {
            current.setLength(current.length() - 1);
            current.append(line);
        }
        else {
            current.append(' ').append(line);
        }
    }

    private void flush() {
        if (current != null) {
            String text = Whitespace.normalize(current.toString());
            if (!text.isEmpty()) {
                out.add(new TextBlock(kind, text));
            }
        }
        current = null;
        kind = null;
    }

}
