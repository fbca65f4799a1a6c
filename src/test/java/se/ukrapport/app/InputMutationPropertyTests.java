package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo input mutated at random, one fault per case (a fixed seed, so a failure is
 * reproducible by its case number): every run either makes the report (exit 0) or stops
 * with a Swedish message naming a file (exit 1) and leaves the output folder as it was.
 * Never an internal error, never a stack trace on the console.
 * <p>
 * The cases share one working directory and output folder, as a user's runs do, so most
 * reruns render only the chapters the fault touched. {@code -Dmutations.cases=N} and
 * {@code -Dmutations.seed=S} change the set; {@code -Dmutations.verbose=true} prints each
 * case, its exit code, time and first console line.
 */
class InputMutationPropertyTests {

    private static final int CASES = Integer.getInteger("mutations.cases", 200);

    private static final long SEED = Long.getLong("mutations.seed", 20261202L);

    /** Values a respondent, an export tool or an attacker puts in a cell. */
    private static final List<String> HOSTILE_VALUES = List.of("", " ", "-1", "-0", "1e309", "9".repeat(400), "NaN",
            "Ja", "12,5 MWh", "12.5.6", "\"", "\"\"\"", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "${7*7}",
            "<#assign x=1>", "[#ftl]", "Åäö", "\u202e", "1 000 000 000 GWh", "∞", "0x1F", "1/0", "x".repeat(5_000),
            "\t", "null", "1;2", "2011-13-45", "−5", "5–7", "100 %", "ja|nej", "\u0000");

    /**
     * Bytes that break a text file in different ways: quotes, separators, line ends, bad
     * UTF-8.
     */
    private static final List<byte[]> HOSTILE_BYTES = List.of(new byte[] { '"' }, new byte[] { ';' },
            new byte[] { '\n' }, new byte[] { '\r' }, new byte[] { 0 }, new byte[] { (byte) 0xFF },
            new byte[] { (byte) 0xC3 }, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
            "\n;;;;;;\n".getBytes(StandardCharsets.UTF_8), "=".repeat(3).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path work;

    @Test
    void everyMutatedInputMakesTheReportOrStopsNamingAFileAndLeavesTheOutput() throws IOException {
        Path pristine = TestCorpus.demoInput();
        List<String> files;
        try (Stream<Path> s = Files.walk(pristine)) {
            files = s.filter(Files::isRegularFile)
                .map(p -> pristine.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .toList();
        }
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Path output = work.resolve("output");
        for (int n = 1; n <= CASES; n++) {
            Path input = work.resolve("input");
            deleteTree(input);
            TestCorpus.copyDemo(work);
            String what = mutate(input, files, random);
            Map<String, String> before = TestCorpus.snapshot(output);
            long started = System.nanoTime();
            TestCorpus.Run run = TestCorpus.run(work);
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (Boolean.getBoolean("mutations.verbose")) {
                System.out.println("fall " + n + " " + run.exitCode() + " " + ms + " ms " + what + "\n    "
                        + run.err().lines().findFirst().orElse(""));
            }
            String console = run.out() + run.err();
            String problem = null;
            if (run.exitCode() != ExitCodes.OK && run.exitCode() != ExitCodes.BAD_INPUT) {
                problem = "avslutningskod " + run.exitCode();
            }
            else if (console.contains("Exception") || console.contains("\tat ") || console.contains("Internt fel")) {
                problem = "undantag eller internt fel på konsolen";
            }
            else if (run.exitCode() == ExitCodes.BAD_INPUT && !run.err().contains("Fel i indata: ")) {
                problem = "avslutningskod 1 utan ett meddelande som namnger filen";
            }
            else if (run.exitCode() == ExitCodes.BAD_INPUT && !TestCorpus.snapshot(output).equals(before)) {
                problem = "utdatamappen ändrades av en körning som stoppade";
            }
            if (problem != null) {
                failures.add("fall " + n + " (" + what + "): " + problem + "\n"
                        + console.lines().limit(8).reduce("", (a, b) -> a + "    " + b + "\n"));
            }
        }
        assertThat(failures).as("%d av %d fall", failures.size(), CASES).isEmpty();
    }

    /** Applies one random fault to the input folder and says which. */
    private String mutate(Path input, List<String> files, Random random) throws IOException {
        if (random.nextInt(20) == 0) {
            return folderFault(input, random);
        }
        // A kind of file first, then one of its files: the 40-odd strategy documents
        // would
        // otherwise take most of the cases from the seven files every run reads.
        List<List<String>> kinds = List.of(pick(files, "kommuner.csv"), pick(files, "rattelser.csv"),
                pick(files, "report.properties"), pick(files, "enkat/kodbok.csv"), pick(files, "enkat/enkat-2011.csv"),
                files.stream().filter(n -> n.matches("enkat/.*-20(09|10)\\.csv")).toList(),
                files.stream().filter(n -> n.startsWith("ees/")).toList(),
                files.stream().filter(n -> n.startsWith("strategier/")).toList());
        List<String> kind = kinds.stream()
            .filter(k -> !k.isEmpty())
            .toList()
            .get(random.nextInt((int) kinds.stream().filter(k -> !k.isEmpty()).count()));
        String name = kind.get(random.nextInt(kind.size()));
        Path f = input.resolve(name);
        boolean text = name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".properties");
        return name + ": " + (text ? textFault(f, random) : binaryFault(f, random));
    }

    private String textFault(Path f, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String content = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(12)) {
            case 0 -> {
                lines.remove(line);
                write(f, lines);
                return "rad " + (line + 1) + " borttagen";
            }
            case 1 -> {
                lines.add(line, lines.get(line));
                write(f, lines);
                return "rad " + (line + 1) + " dubblerad";
            }
            case 2 -> {
                int other = random.nextInt(lines.size());
                String a = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, a);
                write(f, lines);
                return "rad " + (line + 1) + " och " + (other + 1) + " bytte plats";
            }
            case 3 -> {
                int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                Files.write(f, Arrays.copyOf(bytes, at));
                return "avkortad vid byte " + at;
            }
            case 4, 5 -> {
                byte[] insert = HOSTILE_BYTES.get(random.nextInt(HOSTILE_BYTES.size()));
                int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                byte[] out = new byte[bytes.length + insert.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
                Files.write(f, out);
                return "bytes " + Arrays.toString(insert) + " infogade vid " + at;
            }
            case 6, 7, 8 -> {
                String[] cells = lines.get(line).split(";", -1);
                int cell = random.nextInt(cells.length);
                String value = HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
                cells[cell] = value;
                lines.set(line, String.join(";", cells));
                write(f, lines);
                return "rad " + (line + 1) + " cell " + (cell + 1) + " = \"" + abbreviate(value) + "\"";
            }
            case 9 -> {
                String l = lines.get(line);
                int semi = l.indexOf(';');
                lines.set(line, semi < 0 ? l + ";" : l.substring(0, semi) + l.substring(semi + 1));
                write(f, lines);
                return "rad " + (line + 1) + " med en cell för " + (semi < 0 ? "mycket" : "lite");
            }
            case 10 -> {
                Charset charset = List
                    .of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16, Charset.forName("windows-1252"))
                    .get(random.nextInt(3));
                Files.write(f, content.replace("\n", "\r\n").getBytes(charset));
                return "omkodad till " + charset + " med CRLF";
            }
            default -> {
                if (random.nextBoolean()) {
                    Files.write(f, new byte[0]);
                    return "tom fil";
                }
                Files.delete(f);
                return "borttagen";
            }
        }
    }

    private static String binaryFault(Path f, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        switch (random.nextInt(4)) {
            case 0 -> {
                int at = random.nextInt(Math.max(1, bytes.length));
                Files.write(f, Arrays.copyOf(bytes, at));
                return "avkortad vid byte " + at;
            }
            case 1 -> {
                for (int i = 0; i < 16; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                Files.write(f, bytes);
                return "16 slumpade bytes";
            }
            case 2 -> {
                Files.writeString(f, "Inte alls ett dokument av det här slaget.\n", StandardCharsets.UTF_8);
                return "text i stället för innehållet";
            }
            default -> {
                Files.write(f, new byte[0]);
                return "tom fil";
            }
        }
    }

    private String folderFault(Path input, Random random) throws IOException {
        Path outside = work.resolve("utanfor.txt");
        Files.writeString(outside, "Hemligt: utsläppen ska minska med 77 % till 2040.\n", StandardCharsets.UTF_8);
        List<String> places = List.of("strategier/Ale.txt", "strategier/Gotland.docx", "ees/ees-2011.xlsx",
                "enkat/kodbok-2010.csv", "strategier/..\\..\\kommuner.txt", "strategier/.dold.txt",
                "strategier/Lerum.TXT", "enkat/gammal.csv");
        String place = places.get(random.nextInt(places.size()));
        Path p = input.resolve(place);
        Files.deleteIfExists(p);
        switch (random.nextInt(4)) {
            case 0 -> {
                Files.createSymbolicLink(p, outside);
                return place + ": länk ut ur indatamappen";
            }
            case 1 -> {
                Files.createSymbolicLink(p, work.resolve("finns-inte"));
                return place + ": länk till ingenting";
            }
            case 2 -> {
                Files.createDirectories(p);
                return place + ": en mapp";
            }
            default -> {
                Files.writeString(p, "Kommunen ska minska utsläppen med 40 % till 2020 jämfört med 1990.\n",
                        StandardCharsets.UTF_8);
                return place + ": en extra textfil";
            }
        }
    }

    private static List<String> pick(List<String> files, String name) {
        return files.contains(name) ? List.of(name) : List.of();
    }

    private static void write(Path f, List<String> lines) throws IOException {
        Files.writeString(f, String.join("\n", lines), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "… (" + value.length() + " tecken)" : value;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
