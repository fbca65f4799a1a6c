package se.ukrapport.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.ukrapport.support.Console;

/**
 * The demo corpus (../shared/corpus/demo/input when present, else the project's own
 * input/), and in-process runs of the program in a scratch working directory of their own
 * (own job repository).
 */
final class TestCorpus {

    private TestCorpus() {
    }

    static Path demoInput() {
        Path shared = Path.of("..", "shared", "corpus", "demo", "input");
        return Files.isDirectory(shared) ? shared : Path.of("input");
    }

    /** Copies the demo input into {@code workDir/input} and returns that folder. */
    static Path copyDemo(Path workDir) {
        Path target = workDir.resolve("input");
        Path source = demoInput();
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                }
                else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * Rewrites one text entry of a zip package (xlsx, docx) in place, keeping the others
     * as they are.
     */
    static void rewriteZipEntry(Path zip, String entry, java.util.function.UnaryOperator<String> edit) {
        try {
            byte[] original = Files.readAllBytes(zip);
            var bytes = new ByteArrayOutputStream();
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original));
                    var out = new java.util.zip.ZipOutputStream(bytes)) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (e.getName().equals(entry)) {
                        content = edit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            Files.write(zip, bytes.toByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run run(Path workDir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new UkRapport(console, workDir).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A data CSV as rows of column → value (BOM stripped, ; separated, no quoting in
     * these files' keys).
     */
    static List<Map<String, String>> readCsv(Path file) {
        try (var parser = org.apache.commons.csv.CSVParser.builder()
            .setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))
            .setFormat(org.apache.commons.csv.CSVFormat.EXCEL.builder().setDelimiter(';').get())
            .get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> header = null;
            for (var rec : parser) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : rec) {
                        header.add(h.replace("\ufeff", ""));
                    }
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < rec.size() ? rec.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file under a folder with its bytes, to prove a failed run left it exactly as
     * it was.
     */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    out.put(dir.relativize(p).toString(), java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Parses the survey export with Commons CSV, lets a test change its records, writes
     * it back.
     */
    static void rewriteSurvey(Path input, java.util.function.Consumer<List<List<String>>> change) {
        Path f = input.resolve("enkat/enkat-2011.csv");
        var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        List<List<String>> rows = new ArrayList<>();
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8).replace("\ufeff", "");
            try (var p = org.apache.commons.csv.CSVParser.builder()
                .setReader(new java.io.StringReader(text))
                .setFormat(format)
                .get()) {
                for (var r : p) {
                    rows.add(new ArrayList<>(r.toList()));
                }
            }
            change.accept(rows);
            StringBuilder sb = new StringBuilder();
            try (var printer = new org.apache.commons.csv.CSVPrinter(sb, format)) {
                for (List<String> r : rows) {
                    printer.printRecord(r);
                }
            }
            Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
