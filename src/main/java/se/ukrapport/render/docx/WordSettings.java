package se.ukrapport.render.docx;

import java.nio.charset.StandardCharsets;

/**
 * word/settings.xml: the current Word format (compatibility mode 15, so Word does not
 * open the file in compatibility mode), Swedish as the document's language and decimal
 * comma. No "update fields on open": the stored table of contents and references already
 * carry the right page numbers and numbers, so a reader is not asked anything when
 * opening the file.
 */
final class WordSettings {

    private static final String WORD = "http://schemas.microsoft.com/office/word";

    private WordSettings() {
    }

    static byte[] xml() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:zoom w:percent=\"100\"/>" + "<w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/>"
                + "<w:defaultTabStop w:val=\"1304\"/>" + "<w:hyphenationZone w:val=\"425\"/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>" + "<w:compat>"
                + setting("compatibilityMode", "15") + setting("overrideTableStyleFontSizeAndJustification", "1")
                + setting("enableOpenTypeFeatures", "1") + setting("doNotFlipMirrorIndents", "1")
                + setting("differentiateMultirowTableHeaders", "1") + "</w:compat>"
                + "<w:themeFontLang w:val=\"sv-SE\"/>" + "<w:decimalSymbol w:val=\",\"/>"
                + "<w:listSeparator w:val=\";\"/>" + "</w:settings>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String setting(String name, String value) {
        return "<w:compatSetting w:name=\"" + name + "\" w:uri=\"" + WORD + "\" w:val=\"" + value + "\"/>";
    }

}
