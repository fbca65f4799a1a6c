package se.ukrapport.rerun;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.ukrapport.render.csv.CsvFileWriter;

/**
 * andringar.csv: every number in data/ that differs from the previous run's, with the
 * chapter and table or figure it belongs to, the row key, old and new value and the
 * likely cause. Rows are matched by their key columns: the fewest leading columns that
 * tell the rows apart.
 */
public final class ChangeLog {

    public static final List<String> HEADER = List.of("kapitel", "objekt", "nyckel", "fore", "efter", "orsak");

    /**
     * A reason something may have changed; {@code questions} empty means it may touch
     * anything.
     */
    public record Cause(String text, Set<String> questions) {
    }

    public record Change(String chapter, String object, String key, String before, String after, String cause) {
    }

    private ChangeLog() {
    }

    /**
     * @param chapterOf object id (data file name without .csv) → chapter id; others are
     * "data"
     * @param questionsOf object id → survey question codes it shows
     */
    public static List<Change> compare(Path oldData, Path newData, Map<String, String> chapterOf,
            Map<String, Set<String>> questionsOf, List<Cause> causes) {
        List<Change> out = new ArrayList<>();
        if (!Files.isDirectory(oldData)) {
            return out;
        }
        Set<String> names = new TreeSet<>();
        names.addAll(csvNames(oldData));
        names.addAll(csvNames(newData));
        for (String name : names) {
            String object = name.substring(0, name.length() - 4);
            Table before = read(oldData.resolve(name));
            Table after = read(newData.resolve(name));
            int keys = Math.max(keyColumns(before), keyColumns(after));
            Map<String, List<String>> b = before.byKey(keys);
            Map<String, List<String>> a = after.byKey(keys);
            Set<String> allKeys = new java.util.LinkedHashSet<>(b.keySet());
            allKeys.addAll(a.keySet());
            List<String> header = after.header.isEmpty() ? before.header : after.header;
            for (String key : allKeys) {
                List<String> rb = b.get(key);
                List<String> ra = a.get(key);
                if ((rb == null) != (ra == null)) {
                    // A row that came or went is one line, with its cells, not a change
                    // per cell.
                    List<String> row = rb == null ? ra : rb;
                    String cells = String.join(" | ", row.subList(Math.min(keys, row.size()), row.size()));
                    Set<String> related = new HashSet<>(questionsOf.getOrDefault(object, Set.of()));
                    related.addAll(List.of(key.split("/")));
                    out.add(new Change(chapterOf.getOrDefault(object, "data"), object, key,
                            rb == null ? "" : "rad borttagen: " + cells, ra == null ? "" : "rad tillagd: " + cells,
                            cause(related, causes)));
                    continue;
                }
                for (int c = keys; c < header.size(); c++) {
                    String vb = rb == null || c >= rb.size() ? "" : rb.get(c);
                    String va = ra == null || c >= ra.size() ? "" : ra.get(c);
                    if (!vb.equals(va) && (isNumber(vb) || isNumber(va))) {
                        Set<String> related = new HashSet<>(questionsOf.getOrDefault(object, Set.of()));
                        related.addAll(List.of(key.split("/")));
                        out.add(new Change(chapterOf.getOrDefault(object, "data"), object, key + "/" + header.get(c),
                                vb, va, cause(related, causes)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The numbers of the running text that changed, per chapter: its sentence as context
     * ("text: Sammantaget redovisar kommunerna …"), the number's place in it, before and
     * after.
     */
    public static List<Change> compareTexts(Map<String, List<String>> before, Map<String, List<String>> after,
            Map<String, Set<String>> questionsOfChapter, List<Cause> causes) {
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : after.entrySet()) {
            List<String> was = before.get(e.getKey());
            if (was == null) {
                continue;
            }
            for (TextNumbers.Changed c : TextNumbers.compare(was, e.getValue())) {
                String sentence = c.sentence().length() > 160 ? c.sentence().substring(0, 159) + "…" : c.sentence();
                out.add(new Change(e.getKey(), "text", sentence + " [tal " + c.position() + "]", c.before(), c.after(),
                        cause(questionsOfChapter.getOrDefault(e.getKey(), Set.of()), causes)));
            }
        }
        return out;
    }

    /**
     * A chapter or appendix that came or went since the previous run, one line each
     * ("kap12;kapitel;kap12;;tillagt;mallen kap12-uppfoljning.ftl ny"). The cause is its
     * template's when one is named, otherwise what may touch anything.
     */
    public static List<Change> compareChapters(Set<String> before, Set<String> after, List<Cause> causes) {
        List<Change> out = new ArrayList<>();
        for (String id : new TreeSet<>(after)) {
            if (!before.contains(id)) {
                out.add(new Change(id, "kapitel", id, "", "tillagt", chapterCause(id, causes)));
            }
        }
        for (String id : new TreeSet<>(before)) {
            if (!after.contains(id)) {
                out.add(new Change(id, "kapitel", id, "fanns", "borttaget", chapterCause(id, causes)));
            }
        }
        return out;
    }

    private static String chapterCause(String chapter, List<Cause> causes) {
        List<String> own = causes.stream()
            .map(Cause::text)
            .filter(t -> t.startsWith("mallen " + chapter + "-") || t.startsWith("mallen " + chapter + "."))
            .toList();
        return own.isEmpty() ? cause(Set.of(), causes) : String.join("; ", own);
    }

    static String cause(Set<String> related, List<Cause> causes) {
        List<String> specific = new ArrayList<>();
        List<String> general = new ArrayList<>();
        for (Cause c : causes) {
            if (c.questions().isEmpty()) {
                general.add(c.text());
            }
            else if (c.questions().stream().anyMatch(related::contains)) {
                specific.add(c.text());
            }
        }
        List<String> chosen = !specific.isEmpty() ? specific : general;
        if (chosen.isEmpty()) {
            chosen = causes.stream().map(Cause::text).toList();
        }
        return String.join("; ", chosen);
    }

    public static void write(Path file, List<Change> changes) {
        List<List<String>> rows = new ArrayList<>();
        for (Change c : changes) {
            rows.add(List.of(c.chapter(), c.object(), c.key(), c.before(), c.after(), c.cause()));
        }
        CsvFileWriter.write(file, HEADER, rows);
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(,\\d+)?");
    }

    private static Set<String> csvNames(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> out = new TreeSet<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).forEach(out::add);
            return out;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Table(List<String> header, List<List<String>> rows) {
        Map<String, List<String>> byKey(int keys) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (List<String> r : rows) {
                out.putIfAbsent(String.join("/", r.subList(0, Math.min(keys, r.size()))), r);
            }
            return out;
        }
    }

    /** The fewest leading columns whose values tell every row apart (at least one). */
    private static int keyColumns(Table t) {
        int cols = t.header.size();
        for (int k = 1; k < cols; k++) {
            Set<String> seen = new HashSet<>();
            boolean unique = true;
            for (List<String> r : t.rows) {
                if (!seen.add(String.join("/", r.subList(0, Math.min(k, r.size()))))) {
                    unique = false;
                    break;
                }
            }
            if (unique) {
                return k;
            }
        }
        return Math.max(1, cols - 1);
    }

    private static Table read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Table(List.of(), List.of());
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.builder().setReader(r).setFormat(CsvFileWriter.FORMAT).get()) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                List<String> values = new ArrayList<>(rec.toList());
                if (header == null) {
                    values.set(0, values.get(0).replace("\ufeff", ""));
                    header = values;
                }
                else {
                    rows.add(values);
                }
            }
            return new Table(header == null ? List.of() : header, rows);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
