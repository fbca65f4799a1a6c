package se.ukrapport.render;

import java.nio.file.Path;
import java.util.regex.Pattern;

import se.ukrapport.domain.InputException;
import se.ukrapport.render.template.ChapterTemplates;

/**
 * Ids of chapters, tables and figures become file names (kapitel/&lt;id&gt;.docx,
 * data/&lt;id&gt;.csv), and an id can come from an edited template or from input data a
 * template put into it. So an id may only hold letters, digits, '-', '_' and '.', never
 * "..", and every file built from one is checked to lie inside its folder: no id can make
 * the program write outside the output.
 */
public final class OutputNames {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9ÅÄÖåäö_.-]{1,120}");

    /** Why an id was refused, for messages (Swedish, as all user-facing text). */
    public static final String RULE = "bara bokstäver, siffror, '-', '_' och '.' är tillåtna, inte \"..\", "
            + "snedstreck eller en inledande punkt";

    private OutputNames() {
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches() && !id.contains("..") && !id.startsWith(".");
    }

    /**
     * {@code dir/<id>.<extension>}, or an {@link InputException} naming the template of
     * the chapter the id belongs to, if the id is not a safe file name.
     */
    public static Path file(Path dir, String id, String extension, String chapterId) {
        Path base = dir.toAbsolutePath().normalize();
        Path file = isValidId(id) ? base.resolve(id + "." + extension).normalize() : null;
        if (file == null || !file.startsWith(base) || !file.getParent().equals(base)) {
            throw new InputException(template(chapterId), null, null, "id \"" + id + "\" duger inte som filnamn ("
                    + dir.getFileName() + "/" + id + "." + extension + "): " + RULE);
        }
        return file;
    }

    /**
     * The template file that makes a chapter ("kap05-kommunernas-arbete.ftl"), or the
     * chapter id.
     */
    public static String template(String chapterId) {
        return ChapterTemplates.FILES.getOrDefault(chapterId, chapterId == null ? "mallen" : "mallen för " + chapterId);
    }

}
