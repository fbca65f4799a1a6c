package se.ukrapport.rerun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * output/manifest.json: what the output in its folder was made from — the input
 * fingerprint, every input file's checksum, and per chapter the checksum of its content
 * and the inputs and survey questions its template actually read. Change detection
 * travels with the output folder.
 */
public record Manifest(String program, int year, String fingerprint, Map<String, String> files,
        Map<String, ChapterEntry> chapters) {

    public static final String FILE = "manifest.json";

    /**
     * @param content checksum of the chapter's laid-out content (text, numbers, captions)
     * @param inputs input files the chapter's template read from
     * @param questions survey questions (codes) the template read
     * @param objects ids of the chapter's tables and figures (data/&lt;id&gt;.csv)
     * @param texts the sentences of its running text that hold a number
     * ({@link TextNumbers}), so that the next run can list the numbers of the text that
     * changed
     */
    public record ChapterEntry(String content, List<String> inputs, List<String> questions, List<String> objects,
            List<String> texts) {

        public ChapterEntry {
            texts = texts == null ? List.of() : texts;
        }
    }

    /**
     * In a holder: loading databind is most of the unchanged-input answer's start-up,
     * which needs only {@link #readFingerprint}.
     */
    private static final class Json {

        static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    }

    public static Optional<Manifest> read(Path folder) {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(Files.readString(f, StandardCharsets.UTF_8), Manifest.class));
        }
        catch (IOException | JacksonException e) {
            // An unreadable manifest only means we cannot tell what changed: everything
            // is re-rendered.
            return Optional.empty();
        }
    }

    /**
     * Only the input fingerprint of a manifest, read with the streaming parser: enough to
     * tell that nothing has changed, without starting the object mapper.
     */
    public static Optional<String> readFingerprint(Path folder) {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), f.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("fingerprint") && value == JsonToken.VALUE_STRING) {
                    return Optional.of(p.getString());
                }
                p.skipChildren();
            }
            return Optional.empty();
        }
        catch (JacksonException e) {
            return Optional.empty();
        }
    }

    public void write(Path folder) {
        try {
            Files.writeString(folder.resolve(FILE), Json.MAPPER.writeValueAsString(this) + "\n",
                    StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
