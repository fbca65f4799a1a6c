package se.ukrapport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a text file is encoded: UTF-8 (with or without BOM) or Windows-1252, which
 * is what Excel on Windows writes. A file that is not valid UTF-8 all the way through is
 * read as Windows-1252: its bytes for å, ä and ö are never valid UTF-8 sequences on their
 * own.
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /** The detected encoding and whether a UTF-8 byte order mark must be skipped. */
    public record Detected(Charset charset, boolean bom) {
    }

    public static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            if (bom) {
                return new Detected(StandardCharsets.UTF_8, true);
            }
        }
        return new Detected(isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, false);
    }

    /** Streams the file through a strict decoder, so large files are never held whole. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (end) {
                    return !decoder.flush(chars).isError();
                }
            }
        }
    }

    /** Decodes a small file whole, e.g. report.properties. */
    public static String readString(Path file) throws IOException {
        Detected d = detect(file);
        byte[] all = Files.readAllBytes(file);
        int offset = d.bom() ? 3 : 0;
        try {
            return d.charset().newDecoder().decode(ByteBuffer.wrap(all, offset, all.length - offset)).toString();
        }
        catch (CharacterCodingException e) {
            return new String(all, offset, all.length - offset, d.charset());
        }
    }

}
