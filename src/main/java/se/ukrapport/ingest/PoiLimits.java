package se.ukrapport.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Limits for the Office files the program reads (strategy .docx, grant .xlsx), set
 * explicitly rather than trusted to POI's defaults, which differ between versions: a zip
 * entry that inflates more than 100 times its packed size, an entry above 256 MB or a
 * package with more than 1 000 parts is refused before it can fill memory or disk (a "zip
 * bomb"). XML in those files is parsed by POI with DOCTYPEs and external entities off
 * (its default; tested in PoiLimitsTests).
 */
public final class PoiLimits {

    /**
     * Packed ÷ unpacked size below which an entry counts as a bomb (POI checks it past
     * 100 kB).
     */
    public static final double MIN_INFLATE_RATIO = 0.01;

    public static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

    public static final long MAX_TEXT_SIZE = 64L * 1024 * 1024;

    public static final long MAX_FILE_COUNT = 1_000;

    /** What a user is told about a file refused by these limits. */
    public static final String REFUSED = "filen packas upp till orimligt mycket data (möjlig zip-bomb) och läses inte";

    /**
     * A part with a DOCTYPE, the carrier of external entities: Office itself never writes
     * one.
     */
    public static final String DOCTYPE_REFUSED = "filen innehåller en DOCTYPE-deklaration (kan hämta externa filer) "
            + "och läses inte";

    private PoiLimits() {
    }

    /**
     * Sets the limits; idempotent, so every reader calls it before opening a file. Only
     * limits that differ are set: POI logs a warning each time the text size is set this
     * high (2 900 times in a run of 2 900 strategy documents).
     */
    public static void apply() {
        if (ZipSecureFile.getMinInflateRatio() != MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() != MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
        if (ZipSecureFile.getMaxTextSize() != MAX_TEXT_SIZE) {
            ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
        }
        if (ZipSecureFile.getMaxFileCount() != MAX_FILE_COUNT) {
            ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        }
    }

    /**
     * The Swedish reason, if a failure of POI was one of these limits or a refused
     * DOCTYPE (which is how external entities are kept out); null otherwise. POI has no
     * exception types for these, only messages, somewhere down the chain of causes.
     */
    public static String refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            if (m.contains("Zip bomb") || m.contains("ZipSecureFile") || m.contains("MAX_FILE_COUNT")) {
                return REFUSED;
            }
            if (m.contains("DOCTYPE")) {
                return DOCTYPE_REFUSED;
            }
        }
        return null;
    }

}
