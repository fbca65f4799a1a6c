package se.ukrapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.ingest.csv.MunicipalityFileReader;
import se.ukrapport.rerun.OutputFolder;

/**
 * Each stop case of input-formats.md: exit code 1, a Swedish message naming file,
 * line/row and column, and an existing output/ left exactly as it was.
 */
class BadInputTests {

    private static final String SURVEY = "enkat/enkat-2011.csv";

    @TempDir
    Path work;

    private Path input;

    private Map<String, String> outputBefore;

    @BeforeEach
    void copyCorpusAndPretendEarlierOutput() throws IOException {
        input = TestCorpus.copyDemo(work);
        Path out = work.resolve("output");
        Files.createDirectories(out.resolve("data"));
        Files.writeString(out.resolve("data/aggregat.csv"), "\ufefffraga;kluster;svar;antal;bas;andel\n");
        Files.writeString(out.resolve("manifest.json"), "{\"indata\": \"00\"}\n");
        outputBefore = TestCorpus.snapshot(out);
    }

    private TestCorpus.Run runExpectingBadInput() {
        TestCorpus.Run run = TestCorpus.run(work);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEqualTo(outputBefore);
        assertThat(run.err()).startsWith("Fel i indata: ").doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @Test
    void municipalityUnderTwoClusters() throws IOException {
        Path f = input.resolve("kommuner.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        String second = lines.get(2);
        lines.add(second.replaceFirst(";[^;]+;(ja|nej);(ja|nej)$", ";Norrland;$1;$2"));
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("kommuner.csv, rad " + lines.size(), "kolumn \"kommun\"", "rad 3");
    }

    @Test
    void surveyRowForUnknownMunicipality() throws IOException {
        TestCorpus.rewriteSurvey(input, rows -> rows.get(3).set(1, "Kommunby"));
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains(SURVEY + ", rad ", "kolumn \"kommun\"", "okänd kommun \"Kommunby\"");
    }

    @Test
    void duplicateRespondent() throws IOException {
        String[] first = new String[1];
        TestCorpus.rewriteSurvey(input, rows -> {
            first[0] = rows.get(1).get(1);
            rows.get(5).set(1, "  " + first[0].toUpperCase() + " ");
        });
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains(SURVEY + ", rad ", "kolumn \"kommun\"", first[0], "två gånger");
    }

    @Test
    void surveyColumnMissingFromCodebook() throws IOException {
        Path f = input.resolve("enkat/kodbok.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.removeIf(l -> l.startsWith("q24_bild_em;"));
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains(SURVEY + ", rad 1, kolumn \"q24_bild_em\"", "finns inte i kodboken");
    }

    @Test
    void emptyExport() throws IOException {
        Path f = input.resolve(SURVEY);
        String header = Files.readAllLines(f, StandardCharsets.UTF_8).get(0);
        Files.writeString(f, header + "\n", StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains(SURVEY, "inga datarader");
    }

    @Test
    void correctionThatMatchesNoAnswer() throws IOException {
        List<String> respondents = new ArrayList<>();
        TestCorpus.rewriteSurvey(input, rows -> rows.stream().skip(1).forEach(r -> respondents.add(r.get(1).strip())));
        String nonRespondent = new MunicipalityFileReader().read(input)
            .all()
            .stream()
            .map(m -> m.name())
            .filter(n -> !respondents.contains(n))
            .findFirst()
            .orElseThrow();
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.add(nonRespondent + ";q12_timmar_kontakt;5;Test;2011-06-01");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "kolumn \"kommun\"", "matchar inget svar",
                nonRespondent);
    }

    @Test
    void correctionOfUnknownQuestion() throws IOException {
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.add("Sala;q99_finns_inte;5;Test;2011-06-01");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "kolumn \"kod\"", "q99_finns_inte");
    }

    @Test
    void grantCorrectionThatMatchesNoRow() throws IOException {
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.add("Sala;ees:Nyckeltal som inte finns:2010;5 MWh;Test;2011-06-01");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "kolumn \"kod\"", "ingen rad i EES-data");
    }

    @Test
    void strategyCorrectionForAMunicipalityWithoutDocument() throws IOException {
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        String without = new MunicipalityFileReader().read(input)
            .all()
            .stream()
            .map(m -> m.name())
            .filter(n -> !Files.exists(input.resolve("strategier/" + n + ".docx"))
                    && !Files.exists(input.resolve("strategier/" + n + ".pdf"))
                    && !Files.exists(input.resolve("strategier/" + n + ".txt")))
            .findFirst()
            .orElseThrow();
        lines.add(without + ";strategi;2010-2015;Test;2011-06-01");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "inget strategidokument");
    }

    @Test
    void numbersWithMoreDigitsThanAnyAnswerAreListedNotStored() throws IOException {
        TestCorpus.rewriteSurvey(input, rows -> {
            rows.get(2).set(rows.get(0).indexOf("q36_energi_el_okning"), "1".repeat(400) + " MWh");
            rows.get(3).set(rows.get(0).indexOf("q12_timmar_kontakt"), "7".repeat(5000));
        });
        TestCorpus.Run run = TestCorpus.run(work);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String rejected = Files.readString(work.resolve("output/kvalitet/avvisade.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).contains(";q36_energi_el_okning;", ";q12_timmar_kontakt;",
                "talet har fler siffror (över 15) än något rimligt svar");
    }

    @Test
    void aSurveyFieldOfMillionsOfCharactersStops() throws IOException {
        TestCorpus.rewriteSurvey(input,
                rows -> rows.get(5).set(rows.get(0).indexOf("q12_timmar_kontakt"), "x".repeat(2_000_000)));
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err())
            .containsPattern(java.util.regex.Pattern.quote(SURVEY) + ", rad \\d+, kolumn \"q12_timmar_kontakt\"")
            .contains("fältet har 2000000 tecken");
    }

    @Test
    void aStrategyDocumentOfTensOfMegabytesIsListedNotRead() throws IOException {
        Path huge = input.resolve("strategier/Gotland.txt");
        Files.writeString(huge, "Utsläppen ska minska med 40 % till 2020. ".repeat(520_000), StandardCharsets.UTF_8);
        TestCorpus.Run run = TestCorpus.run(work);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(Files.readString(work.resolve("output/kvalitet/avvisade.csv"), StandardCharsets.UTF_8))
            .contains("strategier/Gotland.txt", "dokumentet är större än 20 MB");
    }

    @Test
    void aColumnTwiceInAHeaderStops() throws IOException {
        Path f = input.resolve("kommuner.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.replaceAll(l -> l + ";" + (l.startsWith("kommunkod") ? "kluster" : "Norrland"));
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("kommuner.csv, rad 1", "kolumn \"kluster\"", "två gånger i rubrikraden");
    }

    @Test
    void aRowWithoutItsLastCellStops() throws IOException {
        Path f = input.resolve("kommuner.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.set(4, lines.get(4).substring(0, lines.get(4).lastIndexOf(';')));
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("kommuner.csv, rad 5", "kolumn \"pilotlan\"", "färre värden (4)");
    }

    @Test
    void aCorrectionWithThreeCellsOfFiveStops() throws IOException {
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.add("Sala;q36_energi_diesel_okning;1 400 MWh");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "kolumn \"kommentar\"",
                "färre värden (3)");
    }

    @Test
    void aCodebookValueUsedTwiceForOneQuestionStops() throws IOException {
        Path f = input.resolve("enkat/kodbok.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("q03_handlingsplan;")) {
                lines.set(i, lines.get(i).replace("1=Ja|2=Nej", "1=Ja|1=Nej"));
                at = i + 1;
            }
        }
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("enkat/kodbok.csv, rad " + at, "kolumn \"alternativ\"",
                "värdet 1 står två gånger", "q03_handlingsplan");
    }

    @Test
    void grantWorkbookThatIsNotAWorkbook() throws IOException {
        Files.writeString(input.resolve("ees/ees-2010.xlsx"), "det här är ingen arbetsbok");
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("ees/ees-2010.xlsx", "inte en läsbar Excel-arbetsbok");
    }

    @Test
    void aGrantCellLongerThanExcelAllowsStopsNamingRowAndColumn() throws IOException {
        TestCorpus.rewriteZipEntry(input.resolve("ees/ees-2010.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("Upplands V&#228;sby kommun", "x".repeat(40_000)));
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("ees/ees-2010.xlsx, rad 2, kolumn \"C\"", "32 767 tecken");
    }

    @Test
    void aNulCharacterInASurveyCellStopsNamingTheCell() throws IOException {
        TestCorpus.rewriteSurvey(input, rows -> {
            int col = rows.get(0).indexOf("q28_styrkor");
            rows.get(3).set(col, "Bra\u0000 samarbete");
        });
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains(SURVEY + ", rad ", "kolumn \"q28_styrkor\"", "tecknet NUL");
    }

    @Test
    void aQuoteInsideAQuotedFieldIsToldInSwedish() throws IOException {
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.add("Sala;q12_timmar_kontakt;\"5\" timmar;Test;2011-06-01");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "citattecken")
            .doesNotContain("encapsulated");
    }

    @Test
    void aLongValueInAMessageIsShownShortened() throws IOException {
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.add("Sala;q12_timmar_kontakt;" + "x".repeat(5_000) + ";Test;2011-06-01");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "…\" (5000 tecken)");
        assertThat(run.err().length()).isLessThan(1_000);
    }

    @Test
    void anEarlierSurveyWithoutItsCodebookStopsNamingTheMissingFile() throws IOException {
        Files.delete(input.resolve("enkat/kodbok-2010.csv"));
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("enkat/kodbok-2010.csv", "saknas", "enkat/enkat-2010.csv");
    }

    @Test
    void anEarlierOptionWithoutAReportYearCounterpartStopsNamingLineAndColumn() throws IOException {
        Path f = input.resolve("enkat/kodbok-2010.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("fr01_strategistatus;")) {
                at = i;
                lines.set(i, lines.get(i).replace("1=Fastställd energi- och klimatstrategi", "1=Antagen strategi"));
            }
        }
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("enkat/kodbok-2010.csv, rad " + (at + 1), "kolumn \"alternativ\"",
                "Antagen strategi", "q01_strategi");
    }

    @Test
    void aMotsvararNamingNoReportYearColumnStops() throws IOException {
        Path f = input.resolve("enkat/kodbok-2009.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("f5_energiplan;")) {
                at = i;
                lines.set(i,
                        lines.get(i).replaceFirst("^f5_energiplan;q06_energiplan;", "f5_energiplan;q06_energiplanen;"));
            }
        }
        Files.write(f, lines, StandardCharsets.ISO_8859_1);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("enkat/kodbok-2009.csv, rad " + (at + 1), "kolumn \"motsvarar\"",
                "q06_energiplanen");
    }

    @Test
    void aMisspelledMunicipalityInACorrectionGetsASuggestion() throws IOException {
        Path f = input.resolve("rattelser.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lines.add("Lerumm;q12_timmar_kontakt;5;Test;2011-06-01");
        Files.write(f, lines, StandardCharsets.UTF_8);
        TestCorpus.Run run = runExpectingBadInput();
        assertThat(run.err()).contains("rattelser.csv, rad " + lines.size(), "kolumn \"kommun\"", "\"Lerumm\"",
                "menade du Lerum?");
    }

    @Test
    void anotherRunHoldingTheOutputIsRefused() throws IOException {
        try (RunLock held = RunLock.tryAcquire(new OutputFolder(work.resolve("output")).lockFile()).orElseThrow()) {
            TestCorpus.Run run = TestCorpus.run(work);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.LOCKED);
            assertThat(run.err()).contains("En annan körning");
        }
        assertThat(TestCorpus.snapshot(work.resolve("output"))).isEqualTo(outputBefore);
    }

}
