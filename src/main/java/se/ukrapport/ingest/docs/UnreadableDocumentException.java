package se.ukrapport.ingest.docs;

/**
 * A strategy document whose text cannot be got at (corrupt, encrypted, scanned). The
 * message is Swedish and meant for the data-quality appendix, so the caller can skip the
 * document and go on.
 */
public class UnreadableDocumentException extends RuntimeException {

    private final String file;

    private final String reason;

    public UnreadableDocumentException(String file, String reason, Throwable cause) {
        super(file + ": dokumentet kan inte läsas: " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public UnreadableDocumentException(String file, String reason) {
        this(file, reason, null);
    }

    public String file() {
        return file;
    }

    /** The Swedish reason alone, e.g. "filen är inte en giltig docx". */
    public String reason() {
        return reason;
    }

}
