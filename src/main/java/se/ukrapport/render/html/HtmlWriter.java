package se.ukrapport.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.ukrapport.support.NumberFormats;
import se.ukrapport.render.model.Block;
import se.ukrapport.render.model.BulletList;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.Inline;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * The HTML edition: the whole report as one self-contained page (html/index.html), laid
 * out from the same document model as the Word and PDF files, so its numbering and
 * references agree with them. Semantic HTML5 for screen readers; charts as inline SVG
 * with their data as a table beside them; no external resource of any kind, so the page
 * works offline and leaks nothing. The same model gives the same bytes.
 */
public final class HtmlWriter {

    public static final String FOLDER = "html";

    public static final String FILE = "index.html";

    /**
     * Kept small and phone-first: one column, tables scroll sideways instead of
     * overflowing.
     */
    private static final String STYLE = String.join("\n", "*,*::before,*::after{box-sizing:border-box}",
            "body{margin:0;font:1rem/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,\"Liberation Sans\",sans-serif;"
                    + "color:#1a1a1a;background:#fff;-webkit-text-size-adjust:100%}",
            "header,nav,main{max-width:46rem;margin:0 auto;padding:0 1rem}",
            "header{padding-top:2rem;padding-bottom:1rem;border-bottom:3px solid #1F4E79}",
            ".titel{font-size:1.9rem;font-weight:700;line-height:1.2;color:#1F4E79;margin:0 0 .5rem}",
            ".undertitel{font-size:1.2rem;margin:0 0 1rem}", ".kolofon{font-size:.8rem;color:#555}",
            "nav h2{margin-top:1.5rem}", "nav ul{list-style:none;padding-left:0;margin:0}",
            "nav ul ul{padding-left:1.2rem}", "nav li{margin:.2rem 0}",
            "h1,h2,h3{line-height:1.25;color:#1F4E79;scroll-margin-top:1rem}",
            "h1{font-size:1.6rem;margin-top:3rem;padding-bottom:.2rem;border-bottom:2px solid #9DC3E6}",
            "h2{font-size:1.3rem;margin-top:2rem}", "h3{font-size:1.1rem;margin-top:1.5rem}", "a{color:#1F4E79}",
            ".tabellrubrik{font-weight:700;margin:1rem 0 .3rem}",
            ".tabell{overflow-x:auto;margin:0 0 1.5rem;-webkit-overflow-scrolling:touch}",
            // The first column (the row's key: kommun, kluster, svarsalternativ) stays in
            // view while scrolling.
            ".tabell tr>:first-child{position:sticky;left:0;background:#fff;box-shadow:1px 0 0 #A6A6A6}",
            ".tabell thead tr>:first-child{background:#DDEBF7}", ".tabell:focus{outline:2px solid #2E75B6}",
            "table{border-collapse:collapse;font-size:.9rem;min-width:100%}",
            "caption{caption-side:top;text-align:left;font-weight:700;padding:.3rem 0}",
            "th,td{border:1px solid #A6A6A6;padding:.25rem .5rem;vertical-align:top;text-align:left}",
            "thead th{background:#DDEBF7}", "tbody th{font-weight:400}",
            ".tal{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}", "figure{margin:1.5rem 0}",
            "figcaption{font-weight:700;margin-bottom:.5rem}",
            // A chart is never drawn smaller than its own size, so its text stays 11 px;
            // on a phone it scrolls.
            "figure{overflow-x:auto}",
            "svg.diagram{display:block;width:100%;min-width:" + SvgChart.WIDTH + "px;max-width:40rem;height:auto}",
            "details{margin-top:.5rem}", "summary{cursor:pointer;color:#1F4E79}",
            "@media print{details{display:none}nav{page-break-after:always}h1{page-break-before:always}}");

    private final Map<Heading, String> headingIds = new IdentityHashMap<>();

    /** Writes html/index.html into {@code outputDir}; returns the file. */
    public static Path writeTo(Path outputDir, ReportDocument doc) {
        Path file = outputDir.resolve(FOLDER).resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, new HtmlWriter().write(doc), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Kan inte skriva " + file, e);
        }
        return file;
    }

    public String write(ReportDocument doc) {
        assignHeadingIds(doc);
        ReportDocument.Meta meta = doc.meta();
        StringBuilder out = new StringBuilder(256 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>")
            .append(Html.escape(meta.title()))
            .append("</title>\n");
        if (meta.unit() != null && !meta.unit().isEmpty()) {
            out.append("<meta name=\"author\" content=\"").append(Html.escape(meta.unit())).append("\">\n");
        }
        out.append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        titlePage(out, meta);
        toc(out, doc);
        out.append("<main id=\"rapport\">\n");
        for (Chapter c : doc.chapters()) {
            out.append("<section id=\"")
                .append(Html.escape(c.id()))
                .append("-avsnitt\" aria-label=\"")
                .append(Html.escape(c.title()))
                .append("\">\n");
            for (Block b : c.blocks()) {
                block(out, doc, b);
            }
            out.append("</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void titlePage(StringBuilder out, ReportDocument.Meta meta) {
        out.append("<header>\n<p class=\"titel\">").append(Html.escape(meta.title())).append("</p>\n");
        if (meta.subtitle() != null && !meta.subtitle().isEmpty()) {
            out.append("<p class=\"undertitel\">").append(Html.escape(meta.subtitle())).append("</p>\n");
        }
        if (meta.unit() != null && !meta.unit().isEmpty()) {
            out.append("<p>").append(Html.escape(meta.unit())).append("</p>\n");
        }
        if (meta.date() != null) {
            out.append("<p><time datetime=\"")
                .append(meta.date())
                .append("\">")
                .append(meta.date())
                .append("</time></p>\n");
        }
        if (meta.colophon() != null && !meta.colophon().isEmpty()) {
            out.append("<p class=\"kolofon\">").append(Html.escape(meta.colophon())).append("</p>\n");
        }
        out.append("</header>\n");
    }

    private void toc(StringBuilder out, ReportDocument doc) {
        out.append("<nav aria-labelledby=\"innehall\">\n<h2 id=\"innehall\">Innehåll</h2>\n<ul>\n");
        boolean open = false;
        boolean first = true;
        for (Heading h : doc.tocEntries()) {
            String link = "<a href=\"#" + headingIds.get(h) + "\">" + Html.escape(h.text()) + "</a>";
            if (h.level() == 1 || first) {
                if (open) {
                    out.append("</ul>");
                    open = false;
                }
                if (!first) {
                    out.append("</li>\n");
                }
                out.append("<li>").append(link);
            }
            else {
                if (!open) {
                    out.append("\n<ul>\n");
                    open = true;
                }
                out.append("<li>").append(link).append("</li>\n");
            }
            first = false;
        }
        if (open) {
            out.append("</ul>");
        }
        if (!first) {
            out.append("</li>\n");
        }
        out.append("</ul>\n</nav>\n");
    }

    /**
     * Anchors: a chapter's first level-1 heading gets the chapter id ("kap05"), other
     * headings the chapter id and a slug of their text. Table and figure ids are taken
     * first, as references use them.
     */
    private void assignHeadingIds(ReportDocument doc) {
        Set<String> used = new HashSet<>(Set.of("innehall", "rapport"));
        for (Chapter c : doc.chapters()) {
            used.add(c.id() + "-avsnitt");
            used.addAll(ReportDocument.objectIds(c));
        }
        for (Chapter c : doc.chapters()) {
            boolean chapterAnchor = false;
            for (Block b : c.blocks()) {
                if (b instanceof Heading h) {
                    String id;
                    if (h.level() == 1 && !chapterAnchor) {
                        id = c.id();
                        chapterAnchor = true;
                    }
                    else {
                        String slug = Html.slug(h.text());
                        id = c.id() + (slug.isEmpty() ? "" : "-" + slug);
                    }
                    String unique = id;
                    for (int n = 2; !used.add(unique); n++) {
                        unique = id + "-" + n;
                    }
                    headingIds.put(h, unique);
                }
            }
        }
    }

    private void block(StringBuilder out, ReportDocument doc, Block b) {
        if (b instanceof Heading h) {
            out.append("<h")
                .append(h.level())
                .append(" id=\"")
                .append(Html.escape(headingIds.get(h)))
                .append("\">")
                .append(Html.escape(h.text()))
                .append("</h")
                .append(h.level())
                .append(">\n");
        }
        else if (b instanceof Paragraph p) {
            out.append("<p>");
            inlines(out, doc, p.inlines());
            out.append("</p>\n");
        }
        else if (b instanceof BulletList l) {
            out.append("<ul>\n");
            for (List<Inline> item : l.items()) {
                out.append("<li>");
                inlines(out, doc, item);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        else if (b instanceof Table t) {
            table(out, doc, t);
        }
        else if (b instanceof Figure f) {
            figure(out, doc, f);
        }
    }

    private static void inlines(StringBuilder out, ReportDocument doc, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Strong s) {
                out.append("<strong>").append(Html.escape(s.text())).append("</strong>");
            }
            else if (i instanceof Inline.Emphasis e) {
                out.append("<em>").append(Html.escape(e.text())).append("</em>");
            }
            else if (i instanceof Inline.Ref r && doc.label(r.targetId()) != null) {
                out.append("<a href=\"#")
                    .append(Html.escape(r.targetId()))
                    .append("\">")
                    .append(Html.escape(doc.text(r)))
                    .append("</a>");
            }
            else {
                out.append(Html.escape(doc.text(i)));
            }
        }
    }

    /**
     * A table with its caption above its scroll box, so that on a narrow screen the
     * caption wraps in the page's width and stays in view while the table scrolls
     * sideways (its first column stays put: CSS). The caption names both the scrolling
     * region and the table.
     */
    private static void table(StringBuilder out, ReportDocument doc, Table t) {
        String captionId = t.id() + "-rubrik";
        boolean captioned = t.caption() != null;
        if (captioned) {
            String label = doc.label(t.id());
            out.append("<p class=\"tabellrubrik\" id=\"")
                .append(Html.escape(captionId))
                .append("\">")
                .append(Html.escape(label == null ? t.caption() : label + ". " + t.caption()))
                .append("</p>\n");
        }
        // A scrolling region must be reachable by keyboard and named, hence tabindex and
        // the label.
        out.append("<div class=\"tabell\"");
        if (captioned) {
            out.append(" role=\"region\" tabindex=\"0\" aria-labelledby=\"").append(Html.escape(captionId)).append('"');
        }
        out.append(">\n<table id=\"").append(Html.escape(t.id())).append('"');
        if (captioned) {
            out.append(" aria-labelledby=\"").append(Html.escape(captionId)).append('"');
        }
        out.append(">\n");
        rows(out, t.header(), t.rows(), t.numeric(), t.columns());
        out.append("</table>\n</div>\n");
    }

    /** thead with column headers, tbody whose first cell heads its row. */
    private static void rows(StringBuilder out, List<List<String>> header, List<List<String>> body,
            List<Boolean> numeric, int columns) {
        if (!header.isEmpty()) {
            out.append("<thead>\n");
            for (List<String> row : header) {
                out.append("<tr>");
                for (int c = 0; c < columns; c++) {
                    out.append("<th scope=\"col\"")
                        .append(numeric(numeric, c) ? " class=\"tal\"" : "")
                        .append('>')
                        .append(Html.escapeLines(cell(row, c)))
                        .append("</th>");
                }
                out.append("</tr>\n");
            }
            out.append("</thead>\n");
        }
        out.append("<tbody>\n");
        for (List<String> row : body) {
            out.append("<tr>");
            for (int c = 0; c < columns; c++) {
                String tag = c == 0 ? "th" : "td";
                out.append('<')
                    .append(tag)
                    .append(c == 0 ? " scope=\"row\"" : "")
                    .append(numeric(numeric, c) ? " class=\"tal\"" : "")
                    .append('>')
                    .append(Html.escapeLines(cell(row, c)))
                    .append("</")
                    .append(tag)
                    .append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n");
    }

    private static boolean numeric(List<Boolean> numeric, int c) {
        return c < numeric.size() && Boolean.TRUE.equals(numeric.get(c));
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() && row.get(c) != null ? row.get(c) : "";
    }

    private static void figure(StringBuilder out, ReportDocument doc, Figure f) {
        String label = doc.label(f.id());
        out.append("<figure id=\"")
            .append(Html.escape(f.id()))
            .append("\">\n<figcaption>")
            .append(Html.escape(label == null ? f.caption() : label + ". " + f.caption()))
            .append("</figcaption>\n");
        out.append(SvgChart.svg(f.chart(), f.alt()));
        out.append("<details>\n<summary>Tabell med figurens data</summary>\n<div class=\"tabell\">\n<table>\n");
        Chart chart = f.chart();
        String unit = chart.unit() == null || chart.unit().isBlank() ? "" : ", " + chart.unit();
        List<String> head = new java.util.ArrayList<>();
        List<Boolean> numeric = new java.util.ArrayList<>();
        head.add("Kategori");
        numeric.add(false);
        for (Chart.Series s : chart.series()) {
            head.add(s.name() + unit);
            numeric.add(true);
        }
        List<List<String>> body = new java.util.ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> row = new java.util.ArrayList<>();
            row.add(chart.categories().get(i));
            for (Chart.Series s : chart.series()) {
                BigDecimal v = i < s.values().size() ? s.values().get(i) : null;
                row.add(NumberFormats.text(v, 1));
            }
            body.add(row);
        }
        rows(out, List.of(head), body, numeric, head.size());
        out.append("</table>\n</div>\n</details>\n</figure>\n");
    }

}
