package se.ukrapport.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What makes the PDF an archival (PDF/A-1a) and accessible (PDF/UA-1) file beyond its
 * tags: the conformance level, an sRGB output intent, the document language, the title
 * shown as window title, and XMP metadata that repeats the document information and
 * declares both standards. PDF/A-1 knows no pdfuaid namespace, so the XMP also describes
 * it as an extension schema. Dates and file id come from the report, not the clock, so
 * the same report gives the same bytes.
 */
final class ArchivalProfile {

    static final String LANGUAGE = "sv-SE";
    static final String CREATOR = "uk-rapport";

    private final String title;

    private final String author;

    private final Calendar date;

    private final String producer;

    ArchivalProfile(String title, String author, LocalDate reportDate) {
        this.title = title;
        this.author = author;
        this.date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        LocalDate d = reportDate != null ? reportDate : LocalDate.of(2000, 1, 1);
        date.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        this.producer = CREATOR + " (" + Document.getVersion() + ")";
    }

    /** The report's date (midnight UTC): creation and modification date of the file. */
    Calendar date() {
        return (Calendar) date.clone();
    }

    /**
     * Before {@code document.open()}: conformance, viewer preferences, document
     * information.
     */
    void beforeOpen(Document document, PdfWriter writer) {
        writer.setPDFXConformance(PdfWriter.PDFA1A);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator(CREATOR);
        document.addProducer(producer);
    }

    /** After {@code document.open()}: dates, file id, language, output intent and XMP. */
    void afterOpen(PdfWriter writer, byte[] fileId) {
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(date));
        writer.getInfo().put(PdfName.PRODUCER, new PdfString(producer, PdfString.TEXT_UNICODE));
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1", srgb());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.setXmpMetadata(xmp().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The JDK's sRGB profile with the same bytes on every JDK: the header's primary
     * platform (bytes 40–43) is what the JDK's colour library writes there ("APPL" on
     * Debian's OpenJDK 17, "MSFT" on Temurin 25; the rest of the profile is the same), so
     * it is set to the Java 17 value. The profile id (bytes 84–99, which would cover the
     * field) is zero in the JDK's profile.
     */
    static ICC_Profile srgb() {
        byte[] data = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        System.arraycopy("APPL".getBytes(StandardCharsets.US_ASCII), 0, data, 40, 4);
        return ICC_Profile.getInstance(data);
    }

    String xmp() {
        String when = String.format("%04d-%02d-%02dT00:00:00Z", date.get(Calendar.YEAR), date.get(Calendar.MONTH) + 1,
                date.get(Calendar.DAY_OF_MONTH));
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
                <dc:language><rdf:Bag><rdf:li>%3$s</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreateDate>%4$s</xmp:CreateDate>
                <xmp:ModifyDate>%4$s</xmp:ModifyDate>
                <xmp:CreatorTool>%5$s</xmp:CreatorTool>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>%6$s</pdf:Producer>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>1</pdfaid:part>
                <pdfaid:conformance>A</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>"""
            .formatted(xml(title), xml(author), LANGUAGE, when, CREATOR, xml(producer));
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
