package se.ukrapport.render.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole report as one model: chapters in report order, with tables and figures
 * numbered consecutively through the report, once, so that every writer and every chapter
 * file agrees.
 */
public final class ReportDocument {

    private final Meta meta;

    private final List<Chapter> chapters;

    private final Map<String, String> labels = new HashMap<>();

    /** Title page and document properties. */
    public record Meta(String title, String subtitle, String unit, LocalDate date, String colophon) {
    }

    public ReportDocument(Meta meta, List<Chapter> chapters) {
        this.meta = meta;
        this.chapters = List.copyOf(chapters);
        int tables = 0;
        int figures = 0;
        for (Chapter c : chapters) {
            for (Block b : c.blocks()) {
                if (b instanceof Table t && t.caption() != null) {
                    labels.put(t.id(), "Tabell " + (++tables));
                }
                else if (b instanceof Figure f) {
                    labels.put(f.id(), "Figur " + (++figures));
                }
            }
        }
    }

    public Meta meta() {
        return meta;
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    /** "Tabell 3" or "Figur 2"; null for an unknown id. */
    public String label(String id) {
        return labels.get(id);
    }

    /** The number of a table or figure ("3" of "Tabell 3"). */
    public int number(String id) {
        String l = labels.get(id);
        return l == null ? 0 : Integer.parseInt(l.substring(l.indexOf(' ') + 1));
    }

    /** Level 1–2 headings in order, for the table of contents. */
    public List<Heading> tocEntries() {
        List<Heading> out = new ArrayList<>();
        for (Chapter c : chapters) {
            for (Block b : c.blocks()) {
                if (b instanceof Heading h && h.level() <= 2) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /**
     * A document of some chapters with this report's numbering (for kapitel/&lt;id&gt;
     * files).
     */
    public ReportDocument only(Chapter chapter) {
        ReportDocument d = new ReportDocument(meta, List.of(chapter));
        d.labels.clear();
        d.labels.putAll(labels);
        return d;
    }

    /** Inline text with references resolved: what a reader sees. */
    public String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            sb.append(text(i));
        }
        return sb.toString();
    }

    public String text(Inline i) {
        if (i instanceof Inline.Ref r) {
            String l = label(r.targetId());
            if (l == null) {
                return "[" + r.targetId() + "]";
            }
            return r.sentenceStart() ? l : l.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + l.substring(1);
        }
        if (i instanceof Inline.Strong s) {
            return s.text();
        }
        if (i instanceof Inline.Emphasis e) {
            return e.text();
        }
        return ((Inline.Text) i).text();
    }

    /**
     * A checksum of what a chapter shows: its content, the numbers of its tables and
     * figures and of those it refers to, and the title page data its files carry. Equal
     * checksums, equal files.
     */
    public String checksum(Chapter c) {
        StringBuilder sb = new StringBuilder();
        // The colophon (input checksum) is on the whole report's title page only, not in
        // chapter files.
        sb.append(new Meta(meta.title(), meta.subtitle(), meta.unit(), meta.date(), "")).append('\n');
        sb.append(c).append('\n');
        for (Block b : c.blocks()) {
            if (b instanceof Table t) {
                sb.append(t.id()).append('=').append(label(t.id())).append('\n');
            }
            else if (b instanceof Figure f) {
                sb.append(f.id()).append('=').append(label(f.id())).append('\n');
            }
            else if (b instanceof Paragraph p) {
                refs(sb, p.inlines());
            }
            else if (b instanceof BulletList l) {
                l.items().forEach(item -> refs(sb, item));
            }
        }
        try {
            return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refs(StringBuilder sb, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Ref r) {
                sb.append(r.targetId()).append('=').append(label(r.targetId())).append('\n');
            }
        }
    }

    /** Ids of a chapter's tables and figures. */
    public static List<String> objectIds(Chapter c) {
        List<String> out = new ArrayList<>();
        for (Block b : c.blocks()) {
            if (b instanceof Table t) {
                out.add(t.id());
            }
            else if (b instanceof Figure f) {
                out.add(f.id());
            }
        }
        return out;
    }

}
