package se.ukrapport.preview;

/**
 * What the preview adds to the HTML edition when it serves it — never to the written
 * file: a script that reloads the page when {@code /version} says a run has finished
 * (keeping the scroll position), a status line at the bottom, and the last run's error
 * above the report when it failed.
 */
final class PreviewPage {

    static final String SCROLL_KEY = "uk-rapport-forhandsgranskning";

    private PreviewPage() {
    }

    /**
     * The report page with the preview's additions, or a page of its own when there is no
     * report yet.
     */
    static String render(String reportHtml, PreviewState.Snapshot state) {
        String html = reportHtml != null ? reportHtml
                : "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<title>Förhandsgranskning</title>\n</head>\n<body>\n<main style=\"max-width:46rem;"
                        + "margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif\">\n<p>"
                        + escape(state.running() ? "Rapporten görs …" : "Det finns ingen rapport att visa ännu.")
                        + "</p>\n</main>\n</body>\n</html>\n";
        StringBuilder top = new StringBuilder();
        if (state.error() != null && !state.error().isBlank()) {
            top.append("<div role=\"alert\" id=\"uk-forhandsgranskning-fel\" style=\"background:#fdecea;color:#5f1212;")
                .append("border-bottom:3px solid #b3261e;padding:1rem 1.5rem;font:0.95rem/1.5 system-ui,sans-serif\">")
                .append("<strong>Den senaste körningen misslyckades")
                .append(reportHtml != null ? " – nedan visas den senaste rapporten som gick att göra." : ".")
                .append("</strong><pre style=\"white-space:pre-wrap;font:inherit;margin:.5rem 0 0\">")
                .append(escape(state.error()))
                .append("</pre></div>\n");
        }
        String bottom = statusLine(state) + script(state.version());
        int body = indexAfterTag(html, "<body");
        if (body >= 0 && top.length() > 0) {
            html = html.substring(0, body) + top + html.substring(body);
        }
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + bottom : html.substring(0, end) + bottom + html.substring(end);
    }

    private static String statusLine(PreviewState.Snapshot state) {
        return "<div id=\"uk-forhandsgranskning\" role=\"status\" style=\"position:fixed;left:0;right:0;bottom:0;"
                + "background:#1F4E79;color:#fff;font:0.8rem/1.4 system-ui,sans-serif;padding:.3rem 1rem;"
                + "z-index:1000\">Förhandsgranskning · " + escape(state.summary()) + "</div>\n";
    }

    static String script(long version) {
        return "<script>\n(function(){var v=\"" + version + "\",k=\"" + SCROLL_KEY + "\";\n"
                + "window.addEventListener(\"load\",function(){try{var y=sessionStorage.getItem(k);"
                + "if(y!==null){sessionStorage.removeItem(k);window.scrollTo(0,+y);}}catch(e){}});\n"
                + "function poll(){fetch(\"/version\",{cache:\"no-store\"}).then(function(r){return r.text();})"
                + ".then(function(t){if(t.trim()!==v){try{sessionStorage.setItem(k,String(window.scrollY));}"
                + "catch(e){}location.reload();}else{setTimeout(poll,250);}})"
                + ".catch(function(){setTimeout(poll,2000);});}\nsetTimeout(poll,250);})();\n</script>\n";
    }

    private static int indexAfterTag(String html, String tag) {
        int start = html.indexOf(tag);
        if (start < 0) {
            return -1;
        }
        int close = html.indexOf('>', start);
        return close < 0 ? -1 : close + 1 + (html.startsWith("\n", close + 1) ? 1 : 0);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

}
