package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.StrategyText;
import se.ukrapport.domain.targets.TextBlock;
import se.ukrapport.domain.targets.TextBlock.Kind;

/**
 * Real target text: the 2011 report's own Bilaga 6, each municipality's cells laid out as
 * one strategy document under the heading "Mål" (bilaga6-stycken.tsv), and every sentence
 * of it labelled by target-guidelines.md (bilaga6-verkliga-mal.tsv). Each labelled
 * sentence must come out of the splitter as it stands and be extracted with the labelled
 * fields — except the known disagreements, which are counted in the summary but only
 * checked to still disagree.
 */
class RealTargetSentencesTests {

    private static final String PARAGRAPHS = "/targets/bilaga6-stycken.tsv";

    private static final String SENTENCES = "/targets/bilaga6-verkliga-mal.tsv";

    private static final List<String> FIELDS = List.of("mal", "kategori", "andel_procent", "riktning", "basar", "malar",
            "omfattning");

    /** One labelled sentence; "-" in the file is an empty field. */
    record Labelled(String municipality, String sentence, boolean target, String category, String share,
            String direction, String baseYear, String targetYear, String scope, String disagreement) {

        boolean knownDisagreement() {
            return !disagreement.isEmpty();
        }

        @Override
        public String toString() {
            return municipality + ": " + (sentence.length() > 70 ? sentence.substring(0, 70) + "…" : sentence);
        }
    }

    /** What the program makes of one municipality's document. */
    private record Outcome(List<String> units, List<MunicipalTarget> targets) {
    }

    private static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();

    static List<Labelled> labelled() {
        List<Labelled> out = new ArrayList<>();
        for (String[] f : rows(SENTENCES)) {
            out.add(new Labelled(f[0], f[1], f[2].equals("ja"), dash(f[3]), dash(f[4]), dash(f[5]), dash(f[6]),
                    dash(f[7]), dash(f[8]), f.length > 9 ? f[9].strip() : ""));
        }
        return out;
    }

    static Stream<Labelled> agreed() {
        return labelled().stream().filter(l -> !l.knownDisagreement());
    }

    static Stream<Labelled> disagreements() {
        return labelled().stream().filter(Labelled::knownDisagreement);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreed")
    void sentenceIsSplitRecognisedAndLabelledAsTheGuidelinesSay(Labelled l) {
        Outcome o = outcome(l.municipality());
        assertThat(o.units()).as("meningen som enhet efter meningsdelningen").contains(l.sentence());
        assertThat(actual(l, o)).as("fälten " + FIELDS).isEqualTo(expected(l));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disagreements")
    void knownDisagreementStillDisagrees(Labelled l) {
        Outcome o = outcome(l.municipality());
        assertThat(o.units().contains(l.sentence()) && actual(l, o).equals(expected(l)))
            .as("känd avvikelse stämmer nu – ta bort markeringen: " + l.disagreement())
            .isFalse();
    }

    /**
     * Per field, how many of the real sentences are right (known disagreements included).
     */
    @Test
    void summary() {
        List<Labelled> all = labelled();
        int[] right = new int[FIELDS.size()];
        int[] total = new int[FIELDS.size()];
        int split = 0;
        int allRight = 0;
        StringBuilder diffs = new StringBuilder();
        for (Labelled l : all) {
            Outcome o = outcome(l.municipality());
            if (o.units().contains(l.sentence())) {
                split++;
            }
            List<String> a = actual(l, o);
            List<String> e = expected(l);
            boolean every = true;
            for (int i = 0; i < FIELDS.size(); i++) {
                if (i > 0 && !l.target()) {
                    continue;
                }
                total[i]++;
                if (Objects.equals(a.get(i), e.get(i))) {
                    right[i]++;
                }
                else {
                    every = false;
                }
            }
            if (every) {
                allRight++;
            }
            else {
                diffs.append(l.knownDisagreement() ? "K " : "F ")
                    .append(l.municipality())
                    .append(" | ")
                    .append(l.sentence())
                    .append("\n    väntat ")
                    .append(e)
                    .append("\n    fått   ")
                    .append(a)
                    .append('\n');
            }
        }
        StringBuilder sb = new StringBuilder("Bilaga 6, verkliga meningar: ").append(all.size())
            .append(" meningar, ")
            .append(all.stream().filter(Labelled::target).count())
            .append(" mål, ")
            .append(all.stream().filter(Labelled::knownDisagreement).count())
            .append(" kända avvikelser\n");
        sb.append(String.format("  %-14s %3d/%d%n", "delning", split, all.size()));
        for (int i = 0; i < FIELDS.size(); i++) {
            sb.append(String.format("  %-14s %3d/%d%n", FIELDS.get(i), right[i], total[i]));
        }
        sb.append(String.format("  %-14s %3d/%d%n", "alla fält", allRight, all.size()));
        System.out.print(sb);
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bilaga6-avvikelser.txt"),
                    sb + "\n" + diffs);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(total[0]).isEqualTo(all.size());
    }

    // ---- expected and actual, as comparable strings ----

    private static List<String> expected(Labelled l) {
        if (!l.target()) {
            return List.of("nej", "", "", "", "", "", "");
        }
        return List.of("ja", l.category(), normalise(l.share()), l.direction(), l.baseYear(), l.targetYear(),
                l.scope());
    }

    private static List<String> actual(Labelled l, Outcome o) {
        MunicipalTarget t = o.targets().stream().filter(x -> x.text().equals(l.sentence())).findFirst().orElse(null);
        if (t == null) {
            return List.of("nej", "", "", "", "", "", "");
        }
        return List.of("ja", t.category().label(),
                t.sharePercent() == null ? "" : normalise(t.sharePercent().toPlainString()), t.direction(),
                str(t.baseYear()), str(t.targetYear()), t.scope());
    }

    private static String normalise(String number) {
        return number.isEmpty() ? "" : new BigDecimal(number.replace(',', '.')).stripTrailingZeros().toPlainString();
    }

    private static String str(Integer i) {
        return i == null ? "" : i.toString();
    }

    // ---- the documents ----

    private static synchronized Outcome outcome(String municipality) {
        if (OUTCOMES.isEmpty()) {
            Map<String, List<TextBlock>> docs = new LinkedHashMap<>();
            for (String[] f : rows(PARAGRAPHS)) {
                List<TextBlock> blocks = docs.computeIfAbsent(f[0],
                        k -> new ArrayList<>(List.of(new TextBlock(Kind.HEADING, "Mål"))));
                blocks.add(new TextBlock(f[1].equals("punkt") ? Kind.LIST_ITEM : Kind.PARAGRAPH, f[2]));
            }
            TargetExtractor extractor = new TargetExtractor();
            docs.forEach((name, blocks) -> {
                List<String> units = new ArrayList<>();
                for (TextBlock b : blocks) {
                    switch (b.kind()) {
                        case PARAGRAPH -> units.addAll(SentenceSplitter.split(b.text()));
                        case LIST_ITEM, TABLE_CELL -> units.add(SwedishText.clean(b.text()));
                        case HEADING -> {
                        }
                    }
                }
                StrategyTargets st = extractor.extract(name, new StrategyText(name + ".txt", blocks));
                OUTCOMES.put(name, new Outcome(units, st.targets()));
            });
        }
        Outcome o = OUTCOMES.get(municipality);
        assertThat(o).as("kommunen finns i " + PARAGRAPHS + ": " + municipality).isNotNull();
        return o;
    }

    private static String dash(String s) {
        return s.strip().equals("-") ? "" : s.strip();
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(RealTargetSentencesTests.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

}
