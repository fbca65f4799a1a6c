package se.ukrapport.rerun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ukrapport.render.model.Block;
import se.ukrapport.render.model.BulletList;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;

/**
 * The numbers of a chapter's running text (headings, paragraphs, list items), for the
 * change list: each sentence that holds a number, kept in the manifest, and compared
 * number by number with the previous run's sentence of the same wording. Cross-reference
 * numbers ("figur 12") and heading numbers are wording, not figures, and are not
 * compared.
 */
public final class TextNumbers {

    /** A number as the report writes it: "135 362", "16 766,7", "−2 026,8", "88". */
    private static final Pattern NUMBER = Pattern
        .compile("[−-]?\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?|[−-]?\\d+(?:,\\d+)?");

    private static final Pattern REFERENCE = Pattern
        .compile("(?i)\\b(figur|tabell|bilaga|kapitel|avsnitt|rad)\\s+\\d+(?:\\.\\d+)*");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+(?=[\\p{Lu}\"”(])");

    private TextNumbers() {
    }

    /** The chapter's sentences that hold a number, in reading order. */
    public static List<String> sentences(ReportDocument doc, Chapter chapter) {
        List<String> out = new ArrayList<>();
        for (Block b : chapter.blocks()) {
            if (b instanceof Heading h) {
                add(out, h.text().replaceFirst("^(?:\\d+(?:\\.\\d+)*\\s+|Bilaga\\s+\\d+\\.\\s*)", ""));
            }
            else if (b instanceof Paragraph p) {
                for (String s : SENTENCE_END.split(doc.plain(p.inlines()))) {
                    add(out, s);
                }
            }
            else if (b instanceof BulletList l) {
                for (var item : l.items()) {
                    add(out, doc.plain(item));
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (NUMBER.matcher(REFERENCE.matcher(s).replaceAll("")).find()) {
            out.add(s);
        }
    }

    /**
     * A changed number: its sentence (as it reads now), the number's place in it, before
     * and after.
     */
    public record Changed(String sentence, int position, String before, String after) {
    }

    /**
     * Numbers that differ between sentences of the same wording (the numbers aside). A
     * sentence whose words changed is a template edit, not a changed figure, and is not
     * paired.
     */
    public static List<Changed> compare(List<String> before, List<String> after) {
        Map<String, List<String>> old = new HashMap<>();
        for (String s : before) {
            old.computeIfAbsent(shape(s), k -> new ArrayList<>()).add(s);
        }
        List<Changed> out = new ArrayList<>();
        for (String s : after) {
            List<String> candidates = old.get(shape(s));
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            String was = candidates.remove(0);
            List<String> a = numbers(was);
            List<String> b = numbers(s);
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    out.add(new Changed(s, i + 1, a.get(i), b.get(i)));
                }
            }
        }
        return out;
    }

    static String shape(String sentence) {
        return NUMBER.matcher(REFERENCE.matcher(sentence).replaceAll("$1 #")).replaceAll("#");
    }

    static List<String> numbers(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(REFERENCE.matcher(sentence).replaceAll(""));
        while (m.find()) {
            out.add(m.group().replace('\u202f', '\u00a0').replace(' ', '\u00a0'));
        }
        return out;
    }

}
