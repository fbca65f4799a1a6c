package se.ukrapport.render.html;

import java.util.Locale;

/**
 * Escaping and small formatting helpers shared by the HTML page and its inline SVG
 * charts.
 */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for element content and quoted attribute values alike, so a
     * respondent's {@code <b>&"x"} is shown literally. Control characters other than tab
     * and line feed are not allowed in HTML and become spaces.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\t' && c != '\n' || c == 0x7f ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * Escaped text whose line breaks (a table cell's {@code <br/>
     * }) stay line breaks.
     */
    static String escapeLines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /**
     * SVG coordinates with at most one decimal and a dot, whatever the default locale.
     */
    static String coord(double v) {
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /**
     * An id for a heading anchor: lower case ASCII letters, digits and hyphens ("5.2
     * Energi i skolor" → "5-2-energi-i-skolor"), so links stay readable and safe in any
     * URL.
     */
    static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            char a = switch (c) {
                case 'å', 'ä', 'á', 'à', 'â' -> 'a';
                case 'ö', 'ó', 'ò', 'ô', 'ø' -> 'o';
                case 'é', 'è', 'ê', 'ë' -> 'e';
                case 'ü', 'ú' -> 'u';
                default -> c;
            };
            if (a >= 'a' && a <= 'z' || a >= '0' && a <= '9') {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(a);
                hyphen = false;
            }
            else {
                hyphen = true;
            }
            if (sb.length() >= 60) {
                break;
            }
        }
        return sb.toString();
    }

}
