package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme unit's daily use after the first draft: a correction comes in, the
 * affected chapters — and only those — are rendered again, and the run history shows
 * every run. Run against the default H2 job repository and, where one is configured,
 * PostgreSQL.
 */
abstract class RerunScenarios {

    @TempDir
    Path work;

    /** Extra command-line options, e.g. the job repository's datasource. */
    abstract List<String> repositoryArgs();

    TestCorpus.Run run(String... args) {
        List<String> all = new ArrayList<>(repositoryArgs());
        all.addAll(List.of(args));
        return TestCorpus.run(work, all.toArray(String[]::new));
    }

    @BeforeEach
    void firstDraft() {
        TestCorpus.copyDemo(work);
        TestCorpus.Run first = run("--alla");
        assertThat(first.exitCode()).as(first.err()).isZero();
    }

    private void addCorrection(String line) throws IOException {
        Files.writeString(work.resolve("input/rattelser.csv"), line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    @Test
    void correctionRerendersOnlyTheAffectedChaptersAndNamesTheChangedCells() throws IOException {
        Map<String, String> before = TestCorpus.snapshot(work.resolve("output"));
        addCorrection("Lerum;q36_energi_etanol_minskning;2 000 kWh;Kommunen har rättat sitt svar.;2011-06-01");
        TestCorpus.Run rerun = run();
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("kapitelfiler (kap01, kap10, bilaga2)");
        Map<String, String> after = TestCorpus.snapshot(work.resolve("output"));
        assertThat(after.get("kapitel/kap05.pdf")).isEqualTo(before.get("kapitel/kap05.pdf"));
        assertThat(after.get("kapitel/kap05.docx")).isEqualTo(before.get("kapitel/kap05.docx"));
        assertThat(after.get("kapitel/kap10.pdf")).isNotEqualTo(before.get("kapitel/kap10.pdf"));
        List<Map<String, String>> changes = TestCorpus.readCsv(work.resolve("output/andringar.csv"));
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("kapitel")).isEqualTo("kap10");
            assertThat(c.get("objekt")).isEqualTo("tabell-energi");
            assertThat(c.get("nyckel")).startsWith("Etanol/Minskning");
            assertThat(c.get("fore")).isEqualTo("469,1");
            assertThat(c.get("efter")).isEqualTo("471,1");
            assertThat(c.get("orsak")).contains("rättelse rad", "Lerum q36_energi_etanol_minskning");
        });
        assertThat(changes).anySatisfy(
                c -> assertThat(c).containsEntry("objekt", "energi").containsEntry("nyckel", "Etanol/minskning_mwh"));
        // The numbers of the running text are listed too, and a new row of a table is one
        // line.
        assertThat(changes).anySatisfy(c -> assertThat(c).containsEntry("kapitel", "kap10")
            .containsEntry("objekt", "text")
            .containsEntry("fore", "135\u00a0362")
            .containsEntry("efter", "135\u00a0364"));
        assertThat(changes).anySatisfy(c -> assertThat(c.get("efter")).startsWith("rad tillagd: Lerum"));
        // historik shows how many numbers changed and why; historik N every changed
        // number.
        TestCorpus.Run history = run("historik");
        assertThat(history.out()).contains("rättelse rad").contains("Ändringar");
        String last = history.out().lines().filter(l -> l.matches("\\d+ .*")).reduce((a, b) -> b).orElseThrow();
        TestCorpus.Run one = run("historik", last.split(" ")[0]);
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains("Ändrade tal: " + changes.size() + ":", "Indatafiler (kontrollsumma):",
                "rattelser.csv=", "135\u00a0362 → 135\u00a0364");
    }

    @Test
    void nothingChangedRendersNothingButIsRecorded() {
        Map<String, String> before = TestCorpus.snapshot(work.resolve("output"));
        TestCorpus.Run again = run();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Inget har ändrats").doesNotContain("Skriver");
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEqualTo(before);
        TestCorpus.Run history = run("historik");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("oförändrad").contains("klar").contains(System.getProperty("user.name"));
    }

    @Test
    void failureInRenderStepLeavesOutputIntactAndRestartResumes() throws IOException {
        Map<String, String> before = TestCorpus.snapshot(work.resolve("output"));
        addCorrection("Sigtuna;q36_energi_annat_okning;700 MWh;Rättat.;2011-06-01");
        System.setProperty("uk-rapport.simulera-fel", "renderaPdf");
        TestCorpus.Run failed;
        try {
            failed = run();
        }
        finally {
            System.clearProperty("uk-rapport.simulera-fel");
        }
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(failed.out()).contains("Beräknar per kluster");
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEqualTo(before);

        TestCorpus.Run restarted = run();
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        // Spring Batch restart: aggregera, completed before the failure, is not run
        // again; the failed
        // PDF step is. (Whether the Word step, running beside it, finished first depends
        // on timing.)
        assertThat(restarted.out()).doesNotContain("Beräknar per kluster").contains("Skriver PDF").contains("Klart");
        assertThat(work.resolve("output/slutrapport.docx")).exists();
        assertThat(TestCorpus.readCsv(work.resolve("output/data/energi.csv")))
            .anySatisfy(r -> assertThat(r).containsEntry("barare", "Annat").containsEntry("okning_mwh", "700,0"));
    }

    /**
     * A chapter rendered again with the same input: rendered from the tables the last run
     * read.
     */
    @Test
    void sameInputIsRenderedFromTheLoadedTablesUnlessAllIsAsked() throws IOException {
        Map<String, String> before = TestCorpus.snapshot(work.resolve("output"));
        TestCorpus.Run chapter = run("--kapitel=kap05");
        assertThat(chapter.exitCode()).as(chapter.err()).isZero();
        assertThat(chapter.out()).contains("inget läses om")
            .doesNotContain("Läser ")
            .contains("1 kapitelfiler (kap05)");
        Map<String, String> after = TestCorpus.snapshot(work.resolve("output"));
        for (String file : List.of("slutrapport.pdf", "slutrapport.docx", "kapitel/kap05.pdf", "data/aggregat.csv",
                "data/mal.csv", "kvalitet/enheter.csv")) {
            assertThat(after.get(file)).as(file).isNotNull().isEqualTo(before.get(file));
        }

        TestCorpus.Run all = run("--alla");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("Läser ").doesNotContain("inget läses om");

        addCorrection("Lerum;q36_energi_etanol_minskning;2 000 kWh;Kommunen har rättat sitt svar.;2011-06-01");
        TestCorpus.Run corrected = run("--kapitel=kap10");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("Läser ").doesNotContain("inget läses om");
        assertThat(TestCorpus.readCsv(work.resolve("output/kvalitet/rattelser.csv")))
            .anySatisfy(r -> assertThat(r.values()).contains("Lerum", "q36_energi_etanol_minskning"));
    }

    /**
     * The unit edits a template's text: only that chapter changes, and nothing is read
     * again.
     */
    @Test
    void editedTemplateIsRenderedFromTheLoadedTables() throws IOException {
        Path templates = work.resolve("mallar");
        Files.createDirectories(templates);
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName().toString()));
            }
        }
        Path kap05 = templates.resolve("kap05-kommunernas-arbete.ftl");
        Files.writeString(kap05,
                Files.readString(kap05, StandardCharsets.UTF_8)
                    .replace("Kapitlet bygger på enkätsvaren", "Kapitlet bygger helt på enkätsvaren"),
                StandardCharsets.UTF_8);
        TestCorpus.Run edited = run("--templates=" + templates);
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.out()).contains("inget läses om").doesNotContain("Läser ").contains("1 kapitelfiler (kap05)");
        assertThat(work.resolve("output/html/index.html")).content(StandardCharsets.UTF_8)
            .contains("Kapitlet bygger helt på enkätsvaren");
    }

    /**
     * A chapter that comes and goes with its template is one line of andringar.csv each
     * time, with the template as cause (issue 17).
     */
    @Test
    void addedAndRemovedChapterIsOneLineWithItsTemplateAsCause() throws IOException {
        Path templates = work.resolve("mallar");
        Files.createDirectories(templates);
        try (var files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName().toString()));
            }
        }
        Path kap12 = templates.resolve("kap12-uppfoljning.ftl");
        Files.writeString(kap12, "<chapter id=\"kap12\" title=\"Uppföljning\">\n<h1>Uppföljning</h1>\n"
                + "<p>Programmet följs upp ${d.year()?c}.</p>\n</chapter>\n", StandardCharsets.UTF_8);
        TestCorpus.Run added = run("--templates=" + templates);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(TestCorpus.readCsv(work.resolve("output/andringar.csv"))).anySatisfy(c -> {
            assertThat(c.get("kapitel")).isEqualTo("kap12");
            assertThat(c.get("objekt")).isEqualTo("kapitel");
            assertThat(c.get("efter")).isEqualTo("tillagt");
            assertThat(c.get("orsak")).isEqualTo("mallen kap12-uppfoljning.ftl ny");
        });

        Files.delete(kap12);
        TestCorpus.Run removed = run("--templates=" + templates);
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(TestCorpus.readCsv(work.resolve("output/andringar.csv"))).anySatisfy(c -> {
            assertThat(c.get("kapitel")).isEqualTo("kap12");
            assertThat(c.get("efter")).isEqualTo("borttaget");
            assertThat(c.get("orsak")).isEqualTo("mallen kap12-uppfoljning.ftl borttagen");
        });
    }

    /**
     * Regression guard: an ingest that failed half-way leaves tables that must not be
     * reused.
     */
    @Test
    void tablesOfAFailedIngestAreReadAgain() throws IOException {
        Path survey = work.resolve("input/enkat/enkat-2011.csv");
        byte[] good = Files.readAllBytes(survey);
        TestCorpus.rewriteSurvey(work.resolve("input"), rows -> rows.get(rows.size() - 1).set(1, "Kommunby"));
        TestCorpus.Run failed = run();
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);

        Files.write(survey, good);
        TestCorpus.Run chapter = run("--kapitel=kap05");
        assertThat(chapter.exitCode()).as(chapter.err()).isZero();
        assertThat(chapter.out()).contains("Läser ").doesNotContain("inget läses om");
        assertThat(TestCorpus.readCsv(work.resolve("output/data/aggregat.csv"))).hasSize(1656);
    }

    /**
     * Regression: a failed run of an input already finished in another output folder is
     * restarted too.
     */
    @Test
    void failedRunOfInputFinishedElsewhereIsRestarted() {
        assertThat(run("--output=forsta").exitCode()).isZero();
        System.setProperty("uk-rapport.simulera-fel", "renderaPdf");
        TestCorpus.Run failed;
        try {
            failed = run("--output=annan");
        }
        finally {
            System.clearProperty("uk-rapport.simulera-fel");
        }
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        TestCorpus.Run restarted = run("--output=annan");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        // A restart of the failed instance, not a new one: aggregera is not run again.
        assertThat(restarted.out()).doesNotContain("Beräknar per kluster").contains("Skriver PDF");
        assertThat(work.resolve("annan/slutrapport.docx")).exists();
    }

    /**
     * kill -9 in the middle of rendering: output/ untouched, the next run resumes the
     * job.
     */
    @Test
    void killedRunLeavesOutputIntactAndIsResumed() throws Exception {
        Map<String, String> before = TestCorpus.snapshot(work.resolve("output"));
        addCorrection("Sigtuna;q36_energi_annat_okning;700 MWh;Rättat.;2011-06-01");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), "se.ukrapport.UkRapportApplication"));
        command.addAll(repositoryArgs());
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("dodad.log").toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process process = pb.start();
        // aggregera has written the quality files into staging: rendering is under way.
        Path marker = work.resolve(".output.staging/kvalitet/avvisade.csv");
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!Files.exists(marker) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(process.isAlive(), "körningen blev klar innan den kunde dödas");
        process.destroyForcibly(); // SIGKILL
        process.waitFor();
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEqualTo(before);

        TestCorpus.Run resumed = run();
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("avbröts utan att avslutas").contains("Klart");
        assertThat(TestCorpus.readCsv(work.resolve("output/data/energi.csv")))
            .anySatisfy(r -> assertThat(r).containsEntry("barare", "Annat").containsEntry("okning_mwh", "700,0"));
        assertThat(run("historik").out()).contains("avbruten?");
    }

}
