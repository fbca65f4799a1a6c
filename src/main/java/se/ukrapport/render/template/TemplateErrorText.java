package se.ukrapport.render.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker's error messages in the programme unit's words: the common mistakes of an
 * edited template (an #if or #list left open, a misspelt directive, a value that is
 * missing, a value of the wrong kind) told in Swedish with what to do. A message not
 * recognised is kept, in FreeMarker's English, after a Swedish lead.
 */
final class TemplateErrorText {

    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed #(\\w+)");

    private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("Unknown directive: #(\\w+)");

    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.+?)\"");

    private static final Pattern MISSING = Pattern
        .compile("The following has evaluated to null or missing:\\s*==> (.+?)\\s+\\[", Pattern.DOTALL);

    private static final Pattern WRONG_KIND = Pattern
        .compile("Expected an? ([\\w/ ]+?), but this has evaluated to an? ([\\w+ ]+?)(?: \\(wrapper|[:.])");

    private static final Map<String, String> KINDS = Map.of("number", "ett tal", "string", "en text", "hash",
            "en post med fält", "sequence", "en lista", "sequence or collection", "en lista", "boolean",
            "sant eller falskt", "date", "ett datum", "method", "en metod", "extended_hash+string", "en text");

    private TemplateErrorText() {
    }

    /** The parse error as a user reads it. */
    static String parseError(String message) {
        String m = message == null ? "" : message;
        Matcher u = UNCLOSED.matcher(m);
        if (u.find()) {
            return "mallen tar slut medan <#" + u.group(1) + "> fortfarande är öppen: </#" + u.group(1) + "> saknas";
        }
        Matcher d = UNKNOWN_DIRECTIVE.matcher(m);
        if (d.find()) {
            return "okänt direktiv <#" + d.group(1) + ">; kontrollera stavningen (till exempel #if, #list, #assign)";
        }
        Matcher e = ENCOUNTERED.matcher(m);
        if (e.find()) {
            return "mallen har ett syntaxfel: \"" + e.group(1) + "\" står där det inte kan stå; kontrollera att "
                    + "direktiv och ${…} är stängda";
        }
        return "mallen har ett syntaxfel (FreeMarkers beskrivning: " + firstLine(m) + ")";
    }

    /** The error of running the template as a user reads it. */
    static String runError(String message) {
        String m = message == null ? "" : message;
        Matcher missing = MISSING.matcher(m);
        if (missing.find()) {
            String expr = missing.group(1).strip();
            return "uttrycket " + expr + " har inget värde (det finns inte eller är tomt); kontrollera stavningen, "
                    + "eller skriv " + expr + "!\"\" om värdet får saknas";
        }
        Matcher kind = WRONG_KIND.matcher(m);
        if (kind.find()) {
            return "fel slags värde: här behövs " + kind(kind.group(1)) + ", men uttrycket ger " + kind(kind.group(2));
        }
        return "fel när mallen kördes (FreeMarkers beskrivning: " + firstLine(m) + ")";
    }

    private static String kind(String english) {
        String k = english.strip();
        return KINDS.getOrDefault(k, k);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

}
