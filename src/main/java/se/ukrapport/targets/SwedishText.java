package se.ukrapport.targets;

import java.util.Locale;
import java.util.regex.Pattern;

import se.ukrapport.domain.targets.Whitespace;

/**
 * Normalisation shared by the target classes, so every regex sees one spelling of spaces
 * and dashes.
 */
final class SwedishText {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final Pattern DASH = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]");

    private SwedishText() {
    }

    /** Whitespace collapsed to single spaces; the text as it stands otherwise. */
    static String clean(String s) {
        return Whitespace.normalize(s);
    }

    /**
     * Lower-cased, one kind of space, every dash a hyphen, superscripts as digits: the
     * form the cue patterns are written for, with near-misses of cue words read as the
     * cue word ({@link TolerantWords}). Match positions are comparable within one folded
     * text.
     */
    static String fold(String s) {
        String t = clean(s);
        t = DASH.matcher(t).replaceAll("-");
        return TolerantWords.repair(t.replace('²', '2').replace('³', '3').replace('₂', '2').toLowerCase(SWEDISH));
    }

}
