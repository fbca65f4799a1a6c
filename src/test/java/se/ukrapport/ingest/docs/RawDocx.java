package se.ukrapport.ingest.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word package written part by part from literal XML, for the markup a Word library
 * will not produce on request (tracked changes, content controls, fields, odd attribute
 * values).
 */
final class RawDocx {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private String mainPath = "word/document.xml";

    private String mainType = DOCUMENT_TYPE;

    private String document;

    private final Map<String, String[]> related = new LinkedHashMap<>();

    private RawDocx(String document) {
        this.document = document;
    }

    /** A document whose w:body holds the given markup (prefix w bound, r too). */
    static RawDocx body(String bodyXml) {
        return document("<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + bodyXml
                + "</w:body></w:document>");
    }

    /** A document part given whole, XML declaration excluded. */
    static RawDocx document(String documentXml) {
        return new RawDocx(documentXml);
    }

    RawDocx styles(String stylesXml) {
        return part("styles", "word/styles.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                "<w:styles xmlns:w=\"" + W + "\">" + stylesXml + "</w:styles>");
    }

    RawDocx footnotes(String notesXml) {
        return part("footnotes", "word/footnotes.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "<w:footnotes xmlns:w=\"" + W + "\">" + notesXml + "</w:footnotes>");
    }

    RawDocx endnotes(String notesXml) {
        return part("endnotes", "word/endnotes.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                "<w:endnotes xmlns:w=\"" + W + "\">" + notesXml + "</w:endnotes>");
    }

    /**
     * Another part related to the main one by relationship type (the last segment of its
     * URI).
     */
    RawDocx part(String relType, String path, String contentType, String xml) {
        related.put(path, new String[] { relType, contentType, xml });
        return this;
    }

    /** The main part under another name and content type (macro-enabled, template). */
    RawDocx main(String path, String contentType) {
        this.mainPath = path;
        this.mainType = contentType;
        return this;
    }

    Path write(Path file) throws IOException {
        StringBuilder types = new StringBuilder(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .append(override(mainPath, mainType));
        StringBuilder rels = new StringBuilder(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int id = 1;
        String dir = mainPath.substring(0, mainPath.lastIndexOf('/') + 1);
        for (Map.Entry<String, String[]> e : related.entrySet()) {
            types.append(override(e.getKey(), e.getValue()[1]));
            String target = e.getKey().startsWith(dir) ? e.getKey().substring(dir.length()) : "/" + e.getKey();
            rels.append("<Relationship Id=\"rId")
                .append(id++)
                .append("\" Type=\"")
                .append(RELS)
                .append(e.getValue()[0])
                .append("\" Target=\"")
                .append(target)
                .append("\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", types.toString());
            entry(zip, "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + RELS + "officeDocument\" Target=\"" + mainPath
                            + "\"/>" + "</Relationships>");
            entry(zip, mainPath, document);
            String relsPath = dir + "_rels/" + mainPath.substring(dir.length()) + ".rels";
            entry(zip, relsPath, rels.toString());
            for (Map.Entry<String, String[]> e : related.entrySet()) {
                entry(zip, e.getKey(), e.getValue()[2]);
            }
        }
        return file;
    }

    private static String override(String path, String type) {
        return "<Override PartName=\"/" + path + "\" ContentType=\"" + type + "\"/>";
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        String text = xml.startsWith("<?xml") ? xml
                : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml;
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

}
