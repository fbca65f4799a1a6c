package se.ukrapport.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import se.ukrapport.render.docx.DeterministicZip;

/**
 * Writes a synthetic but valid input folder (../shared/spec/input-formats.md) of any
 * size, for the scale benchmarks of issue 7: N municipalities in about N/8 clusters, one
 * survey row each, one strategy document each (docx, pdf and txt in turn), Y grant
 * workbooks with every organisation (members, other municipalities, county councils) and
 * a few corrections.
 * <p>
 * The same arguments give the same corpus (one seeded {@link Random}, fixed document
 * dates), so benchmark runs on different days read the same bytes. The codebook is the
 * demo's own, so every chapter template finds the questions it expects.
 * <p>
 * Usage: {@code ScaleCorpusGenerator OUTPUT_DIR N YEARS [SEED]}.
 */
public final class ScaleCorpusGenerator {

    /**
     * The report year of the generated corpus: the demo's, so templates' fixed periods
     * fit.
     */
    static final int REPORT_YEAR = 2011;

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(REPORT_YEAR, 6, 30);

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private static final String NBSP = "\u00a0";

    /** What was written, for the benchmark script's log. */
    public record Summary(int municipalities, int clusters, int surveyColumns, int strategyDocuments, int grantYears,
            long grantRows, int corrections) {

        @Override
        public String toString() {
            return municipalities + " kommuner i " + clusters + " kluster, " + surveyColumns + " enkätkolumner, "
                    + strategyDocuments + " strategidokument, " + grantYears + " EES-år med " + grantRows + " rader, "
                    + corrections + " rättelser";
        }
    }

    private record Member(String code, String name, String cluster, boolean nestor, boolean pilot) {
    }

    /**
     * One organisation of the grant reporting: a member, another municipality or a county
     * council.
     */
    private record Organisation(String orgNumber, String code, String name, String type, double total, double premises,
            double transport) {
    }

    private record CodebookEntry(String code, String type, String alternatives, String unit) {
    }

    private final Path out;

    private final int municipalities;

    private final int years;

    private final Random random;

    private ScaleCorpusGenerator(Path out, int municipalities, int years, long seed) {
        this.out = out;
        this.municipalities = municipalities;
        this.years = years;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("Användning: ScaleCorpusGenerator UTMAPP ANTAL_KOMMUNER ANTAL_EES_AR [FRO]");
            System.exit(2);
        }
        long seed = args.length == 4 ? Long.parseLong(args[3]) : 7L;
        Summary s = generate(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), seed);
        System.out.println("Skrev " + args[0] + ": " + s);
    }

    /**
     * Writes the corpus into {@code out} (created; files already there are overwritten).
     */
    public static Summary generate(Path out, int municipalities, int years, long seed) throws IOException {
        if (municipalities < 4 || years < 1) {
            throw new IllegalArgumentException("minst 4 kommuner och 1 EES-år");
        }
        return new ScaleCorpusGenerator(out, municipalities, years, seed).write();
    }

    private Summary write() throws IOException {
        Files.createDirectories(out.resolve("enkat"));
        Files.createDirectories(out.resolve("strategier"));
        Files.createDirectories(out.resolve("ees"));

        // Names for members and non-members come from one pool, so no two can be confused
        // by the
        // grant reporting's name rule (case, " kommun"/" stad", genitive s).
        int others = Math.max(20, municipalities / 2);
        List<String> names = uniqueNames(municipalities + others);
        List<String> codes = uniqueCodes(municipalities + others);
        int clusterCount = Math.max(1, Math.round(municipalities / 8f));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            // Clusters of uneven size, like the real programme's.
            int cluster = Math.min(clusterCount - 1,
                    (int) Math.floor(clusterCount * Math.pow(i / (double) municipalities, 1.15)));
            members.add(new Member(codes.get(i), names.get(i), clusterName(cluster), random.nextInt(10) == 0,
                    random.nextInt(4) == 0));
        }
        writeMunicipalities(members);
        List<CodebookEntry> codebook = copyCodebook();
        writeSurvey(members, codebook);
        writeProperties();
        for (int i = 0; i < members.size(); i++) {
            writeStrategy(members.get(i), i);
        }
        List<Organisation> organisations = organisations(members, names.subList(municipalities, names.size()),
                codes.subList(municipalities, codes.size()));
        long grantRows = 0;
        int firstGrantYear = REPORT_YEAR - years;
        for (int y = firstGrantYear; y < REPORT_YEAR; y++) {
            grantRows += writeGrantWorkbook(y, organisations, members.get(0).name());
        }
        int corrections = writeCorrections(members, codebook, firstGrantYear);
        return new Summary(municipalities, clusterCount, codebook.size(), members.size(), years, grantRows,
                corrections);
    }

    // ---------------------------------------------------------------- names and codes

    private static final String[] FIRST = { "Al", "Ask", "Berg", "Björk", "Bro", "Dal", "Ek", "Fal", "Fors", "Gran",
            "Hag", "Ham", "Hed", "Holm", "Kil", "Kung", "Lid", "Lind", "Ljung", "Mal", "Mark", "Mör", "Norr", "Ny",
            "Ro", "Sand", "Sjö", "Sten", "Stor", "Sunds", "Söder", "Tall", "Tors", "Tro", "Ulf", "Val", "Vik", "Väster",
            "Ål", "Ås", "Ör", "Öster" };

    private static final String[] LAST = { "arp", "backa", "berga", "by", "dal", "fors", "hamn", "holm", "hult",
            "kulla", "köping", "lunda", "mo", "näs", "red", "ryd", "sjö", "skog", "sund", "torp", "tuna", "vik", "åker",
            "ängen" };

    private static final String[] PREFIX = { "", "Övre ", "Nedre ", "Lilla ", "Stora ", "Norra ", "Södra ", "Västra ",
            "Östra ", "Gamla ", "Nya " };

    /**
     * Unique, mutually unconfusable names: none equals another plus or minus a genitive
     * s.
     */
    private List<String> uniqueNames(int count) {
        if (count > FIRST.length * LAST.length * PREFIX.length) {
            throw new IllegalArgumentException("högst " + FIRST.length * LAST.length * PREFIX.length / 2 + " kommuner");
        }
        List<String> names = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (names.size() < count) {
            String prefix = names.size() < FIRST.length * LAST.length / 2 ? "" : PREFIX[random.nextInt(PREFIX.length)];
            String name = prefix + FIRST[random.nextInt(FIRST.length)] + LAST[random.nextInt(LAST.length)];
            String key = name.toLowerCase(Locale.ROOT);
            String stem = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
            if (keys.contains(key) || keys.contains(key + "s") || keys.contains(stem)) {
                continue;
            }
            keys.add(key);
            names.add(name);
        }
        return names;
    }

    private List<String> uniqueCodes(int count) {
        if (count > 9000) {
            throw new IllegalArgumentException("för många organisationer för fyrsiffriga koder");
        }
        List<String> codes = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        while (codes.size() < count) {
            // Codes below 1000 keep their leading zero (0484): the readers must not lose
            // it.
            int c = 100 + random.nextInt(9900);
            if (used.add(c)) {
                codes.add(String.format(Locale.ROOT, "%04d", c));
            }
        }
        return codes;
    }

    private static final String[] REGIONS = { "Norrland", "Mälardalen", "Storstad", "Kalmar", "Västra Götaland",
            "Sydost", "Värmland/Bergslagen", "Dalarna/Gävleborg", "Skåne", "Östergötland", "Halland", "Jämtland" };

    private static String clusterName(int index) {
        String region = REGIONS[index % REGIONS.length];
        int round = index / REGIONS.length;
        return round == 0 ? region : region + " " + (round + 1);
    }

    // ---------------------------------------------------------------- CSV files

    private void writeMunicipalities(List<Member> members) throws IOException {
        try (CSVPrinter p = printer(out.resolve("kommuner.csv"), false)) {
            p.printRecord("kommunkod", "kommun", "kluster", "nestor", "pilotlan");
            for (Member m : members) {
                p.printRecord(m.code(), m.name(), m.cluster(), m.nestor() ? "ja" : "nej", m.pilot() ? "ja" : "nej");
            }
        }
    }

    /**
     * The demo's codebook, so the generated survey has exactly the questions the
     * templates read.
     */
    private List<CodebookEntry> copyCodebook() throws IOException {
        Path source = demoInput().resolve("enkat/kodbok.csv");
        Files.copy(source, out.resolve("enkat/kodbok.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<CodebookEntry> entries = new ArrayList<>();
        String text = Files.readString(source, StandardCharsets.UTF_8).replace("\ufeff", "");
        try (var parser = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(text))) {
            for (CSVRecord r : parser) {
                entries.add(new CodebookEntry(r.get("kod"), r.get("typ"), r.get("alternativ"), r.get("enhet")));
            }
        }
        return entries;
    }

    /**
     * The shipped demo input: ../shared/corpus/demo/input when present, else the
     * project's input/.
     */
    static Path demoInput() {
        Path shared = Path.of("..", "shared", "corpus", "demo", "input");
        if (Files.isRegularFile(shared.resolve("enkat/kodbok.csv"))) {
            return shared;
        }
        Path own = Path.of("input");
        if (Files.isRegularFile(own.resolve("enkat/kodbok.csv"))) {
            return own;
        }
        // Run from elsewhere (bench/run.sh passes the project folder as working
        // directory, but be kind).
        String home = System.getProperty("ukrapport.project", "");
        return Path.of(home, "input");
    }

    private void writeSurvey(List<Member> members, List<CodebookEntry> codebook) throws IOException {
        // Columns in a shuffled order: the export's header may come in any order.
        List<CodebookEntry> columns = new ArrayList<>(codebook);
        java.util.Collections.shuffle(columns.subList(3, columns.size()), random);
        try (CSVPrinter p = printer(out.resolve("enkat/enkat-" + REPORT_YEAR + ".csv"), true)) {
            p.printRecord(columns.stream().map(CodebookEntry::code).toList());
            int i = 0;
            for (Member m : members) {
                List<String> row = new ArrayList<>();
                for (CodebookEntry c : columns) {
                    row.add(answer(c, m, i));
                }
                p.printRecord(row);
                i++;
            }
        }
    }

    private String answer(CodebookEntry c, Member m, int index) {
        switch (c.type()) {
            case "id":
                return String.format(Locale.ROOT, "R%05d", index + 1);
            case "kommun":
                return typedName(m.name());
            case "datum":
                return String.format(Locale.ROOT, "%d-%02d-%02d %02d:%02d", REPORT_YEAR, 1 + random.nextInt(3),
                        1 + random.nextInt(28), 7 + random.nextInt(10), random.nextInt(60));
            case "single":
            case "scale":
                return choice(c.alternatives());
            case "multi":
                return random.nextInt(3) == 0 ? "1" : "";
            case "number":
                return numberAnswer(c.unit());
            case "energy":
                return energyAnswer();
            case "text":
                return openText();
            default:
                throw new IllegalStateException("okänd typ i kodboken: " + c.type());
        }
    }

    /**
     * The name as a respondent typed it: mostly as listed, sometimes in other case or
     * spacing.
     */
    private String typedName(String name) {
        int r = random.nextInt(20);
        if (r == 0) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (r == 1) {
            return " " + name.replace(" ", "  ") + " ";
        }
        return name;
    }

    private String choice(String alternatives) {
        if (random.nextInt(25) == 0) {
            return "";
        }
        String[] options = alternatives.split("\\|");
        String option = options[random.nextInt(options.length)];
        return option.substring(0, option.indexOf('=')).strip();
    }

    private String numberAnswer(String unit) {
        if (random.nextInt(12) == 0) {
            return pick("Vet ej", "", "-", "Vet ej");
        }
        String u = unit == null ? "" : unit;
        if (u.startsWith("år")) {
            int y = 2007 + random.nextInt(6);
            return pick(Integer.toString(y), "år " + y, y + " (planerat)", Integer.toString(y));
        }
        if (u.startsWith("timmar")) {
            int h = 2 + random.nextInt(30);
            return pick(Integer.toString(h), "ca " + h, h + "-" + (h + 2), h + " h/vecka", h + " timmar", "0");
        }
        if (u.startsWith("kr")) {
            int k = 10 + random.nextInt(900);
            return pick(thousands(k * 1000L, " "), thousands(k * 1000L, NBSP) + " kr", thousands(k * 1000L, "."),
                    thousands(k * 1000L, " ") + "–" + thousands(k * 1000L + 20000, " "), "ca " + k + " 000");
        }
        int v = 50 + random.nextInt(20000);
        return pick(thousands(v, " "), "ca " + thousands(v, " "), decimal(v + random.nextInt(10) / 10.0),
                thousands(v, NBSP) + " MWh/år");
    }

    /** Energy answers in every way respondents write them, with and without units. */
    private String energyAnswer() {
        int r = random.nextInt(20);
        if (r < 7) {
            return "";
        }
        switch (r) {
            case 7:
                return "Vet ej";
            case 8:
                return "0";
            case 9:
                return (50 + random.nextInt(900)) + ""; // assumed MWh (rule 2)
            case 10:
                return thousands(1000 + random.nextInt(200) * 1000L, " ") + " kWh";
            case 11:
                return (5 + random.nextInt(500)) + " MWh";
            case 12:
                return decimal(1 + random.nextInt(40) / 10.0) + " GWh";
            case 13:
                return decimal(1000 + random.nextInt(90000) + random.nextInt(10) / 10.0) + " MWh";
            case 14:
                return thousands(1_000_000L + random.nextInt(5_000_000), NBSP);
            case 15:
                return thousands(1_000_000L + random.nextInt(5_000_000), ".");
            case 16:
                return "-" + thousands(10_000L + random.nextInt(50) * 1000L, " ");
            default:
                return thousands(2_000L + random.nextInt(400_000), " ");
        }
    }

    private static final String[] TEXT = { "Uppföljningen är inarbetad och görs varje år i samband med bokslutet.",
            "Omorganisationer gör att rutiner försvinner.",
            "Ny simhall och nya skolor ska byggas; där kan vi ställa höga energikrav.",
            "Politikerna har varit engagerade, men \"energifrågan\" konkurrerar med annat.",
            "Befolkningsminskning och krympande skatteunderlag.",
            "Energispartävling mellan skolorna; eleverna mätte själva elanvändningen.",
            "Samarbetet i klustret har gett oss idéer och kontakter.", "Vi har ingen färdig plan ännu.",
            "Kontaktpersonen har bytts två gånger under perioden.",
            "Energikrav i markanvisningarna för nya bostadsområden.", };

    /**
     * Open answers with semicolons, quotes and line breaks: the export's hardest cells.
     */
    private String openText() {
        int r = random.nextInt(6);
        if (r == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(TEXT[random.nextInt(TEXT.length)]);
        if (r >= 3) {
            sb.append('\n').append(TEXT[random.nextInt(TEXT.length)]);
        }
        if (r == 5) {
            sb.append(" Vi kallar det \"Energiveckan\"; den återkommer varje höst.");
        }
        return sb.toString();
    }

    private void writeProperties() throws IOException {
        Files
            .writeString(out.resolve("report.properties"),
                    String.join("\n", "# Rapportmetadata (syntetisk skalkorpus för prestandamätning)",
                            "title=Uthållig kommun – slutrapport för etapp 2 (skalkorpus, " + municipalities
                                    + " kommuner)",
                            "year=" + REPORT_YEAR, "period=2008-" + REPORT_YEAR,
                            "unit=Energimyndigheten, Avdelningen för främjande", "datum=" + DOCUMENT_DATE, ""),
                    StandardCharsets.UTF_8);
    }

    /**
     * A few corrections of survey answers (energy with and without unit, number, single
     * choice) and one of a grant value; each aims at an answer that exists, or the run
     * would stop.
     */
    private int writeCorrections(List<Member> members, List<CodebookEntry> codebook, int firstGrantYear)
            throws IOException {
        List<CodebookEntry> energy = codebook.stream().filter(c -> c.type().equals("energy")).toList();
        CodebookEntry number = codebook.stream().filter(c -> c.type().equals("number")).findFirst().orElseThrow();
        CodebookEntry single = codebook.stream().filter(c -> c.type().equals("single")).findFirst().orElseThrow();
        int step = Math.max(1, members.size() / 5);
        int n = 0;
        try (CSVPrinter p = printer(out.resolve("rattelser.csv"), false)) {
            p.printRecord("kommun", "kod", "varde", "kommentar", "datum");
            p.printRecord(members.get(step).name(), energy.get(2).code(), "1 500 MWh",
                    "Kontrollerat med kommunen: beloppet avser MWh.", REPORT_YEAR + "-05-12");
            p.printRecord(members.get(2 * step).name(), energy.get(5).code(), "800 kWh",
                    "Kommunen bekräftar att svaret avser kWh.", REPORT_YEAR + "-05-13");
            p.printRecord(members.get(3 * step).name(), number.code(), "2010", "Skrivfel i enkäten.",
                    REPORT_YEAR + "-05-20");
            p.printRecord(members.get(4 * step - 1).name(), single.code(), single.alternatives().split("=")[0],
                    "Strategin fastställdes efter svarsdatum.", REPORT_YEAR + "-05-21");
            p.printRecord(members.get(0).name(), "ees:Total energianvändning:" + firstGrantYear, "40 000",
                    "Rättat värde enligt kommunens årsredovisning.", REPORT_YEAR + "-05-22");
            n = 5;
        }
        return n;
    }

    private CSVPrinter printer(Path file, boolean bom) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (bom) {
            w.write('\ufeff');
        }
        return new CSVPrinter(w, CSV);
    }

    // ---------------------------------------------------------------- strategy documents

    /** A target sentence: the text, in one of the four categories' usual phrasings. */
    private String target(String name) {
        int p = 5 + 5 * random.nextInt(8);
        int base = 1990 + (random.nextBoolean() ? 0 : 15 + random.nextInt(4));
        int by = 2010 + 5 * random.nextInt(5);
        switch (random.nextInt(12)) {
            case 0:
                return "Energianvändningen i kommunens lokaler ska minska med " + p + " % till " + by + " jämfört med "
                        + base + ".";
            case 1:
                return "Den totala energianvändningen i kommunen bör vara " + p + " % lägre år " + by + " än år " + base
                        + ".";
            case 2:
                return "Elanvändningen i kommunens egna verksamheter ska halveras till " + by + ".";
            case 3:
                return "Energianvändningen i kommunala fastigheter ska vara högst " + (90 + random.nextInt(60))
                        + " kWh/m² år " + by + ".";
            case 4:
                return "Koldioxidutsläppen från kommunens egna transporter ska minska med " + p + " procent till " + by
                        + ".";
            case 5:
                return "Utsläppen av växthusgaser inom kommunen som geografiskt område ska minska med " + p + " % till "
                        + by + " jämfört med 1990.";
            case 6:
                return "Andelen förnybar energi i kommunkoncernen ska öka till minst " + (40 + p) + " % senast år " + by
                        + ".";
            case 7:
                return "Oljeuppvärmningen i kommunens fastigheter ska vara helt utfasad till " + by + ".";
            case 8:
                return "Målet är att samtliga tjänstebilar ska vara miljöbilar år " + by + ".";
            case 9:
                return "Senast " + by + " ska energianvändningen per invånare ha minskat med " + p + " % räknat från "
                        + base + " års nivå.";
            case 10:
                return "Vi vill att transportenergin i " + name + " ska minska kontinuerligt jämfört med " + base + ".";
            default:
                return "Energianvändningen i hela kommunen får inte överstiga "
                        + thousands(100_000 + random.nextInt(300) * 1000L, " ") + " MWh år " + by + ".";
        }
    }

    /** The document's text as blocks: H = heading, P = paragraph, L = list item. */
    private List<String[]> strategyBlocks(Member m) {
        List<String[]> blocks = new ArrayList<>();
        blocks.add(new String[] { "H", "ENERGI- OCH KLIMATSTRATEGI FÖR " + m.name().toUpperCase(Locale.ROOT) });
        blocks.add(new String[] { "H", "Inledning" });
        blocks.add(new String[] { "P",
                "Den här strategin beskriver hur " + m.name() + " arbetar med energi- och klimatfrågor "
                        + "under de kommande åren. Strategin har tagits fram inom programmet Uthållig kommun." });
        int from = 2006 + random.nextInt(5);
        int to = from + 4 + random.nextInt(8);
        switch (random.nextInt(5)) {
            case 0:
                blocks.add(new String[] { "P", "Strategin gäller " + from + "–" + to + "." });
                break;
            case 1:
                blocks.add(new String[] { "P", "Giltighetstid: " + from + "-" + to });
                break;
            case 2:
                blocks.add(new String[] { "P", "Strategin gäller från " + from + " och tills vidare." });
                break;
            case 3:
                blocks.add(new String[] { "P",
                        "Strategin gäller för perioden " + from + "–" + to + " och revideras vart fjärde år." });
                break;
            default:
                // Some documents have no validity line: not an error.
                break;
        }
        blocks.add(new String[] { "H", "Bakgrund och nuläge" });
        blocks.add(new String[] { "P",
                "År 2004 använde varje invånare " + decimal(5 + random.nextInt(40) / 10.0)
                        + " MWh el. Kommunen har cirka " + thousands(5_000 + random.nextInt(150) * 1000L, " ")
                        + " invånare." });
        blocks.add(new String[] { "P",
                "Riksdagen har beslutat att utsläppen av växthusgaser ska minska med 40 % till 2020." });
        blocks.add(new String[] { "H", "Mål" });
        blocks.add(new String[] { "P", "Kommunfullmäktige har beslutat om följande mål." });
        int targets = 2 + random.nextInt(4);
        boolean asList = random.nextBoolean();
        for (int i = 0; i < targets; i++) {
            blocks.add(new String[] { asList ? "L" : "P", target(m.name()) });
        }
        blocks.add(new String[] { "H", "Genomförande och uppföljning" });
        blocks.add(new String[] { "P", "Målen följs upp årligen och redovisas i årsredovisningen. Varje förvaltning "
                + "ansvarar för att genomföra åtgärderna inom sitt område." });
        return blocks;
    }

    private void writeStrategy(Member m, int index) throws IOException {
        List<String[]> blocks = strategyBlocks(m);
        Path dir = out.resolve("strategier");
        switch (index % 3) {
            case 0:
                writeDocx(dir.resolve(m.name() + ".docx"), blocks);
                break;
            case 1:
                writePdf(dir.resolve(m.name() + ".pdf"), blocks);
                break;
            default:
                writeTxt(dir.resolve(m.name() + ".txt"), blocks);
                break;
        }
    }

    private static void writeTxt(Path file, List<String[]> blocks) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String[] b : blocks) {
            sb.append(b[0].equals("L") ? "- " : "").append(b[1]).append(b[0].equals("L") ? "\n" : "\n\n");
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private void writeDocx(Path file, List<String[]> blocks) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            boolean tableForTargets = random.nextInt(4) == 0;
            XWPFTable table = null;
            for (String[] b : blocks) {
                if (b[0].equals("L") && tableForTargets) {
                    // Some documents put their targets in a table, one per row.
                    if (table == null) {
                        table = doc.createTable(1, 1);
                        table.getRow(0).getCell(0).setText(b[1]);
                    }
                    else {
                        table.createRow().getCell(0).setText(b[1]);
                    }
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setText(b[1]);
                if (b[0].equals("H")) {
                    // Unstyled documents mark headings by bold short lines; styled ones
                    // by style id.
                    if (random.nextBoolean()) {
                        p.setStyle("Heading1");
                    }
                    else {
                        r.setBold(true);
                    }
                }
                else if (b[0].equals("L")) {
                    p.setStyle("ListBullet");
                }
            }
            doc.getProperties().getCoreProperties().setCreated(Optional.of(new java.util.Date(0)));
            doc.write(bytes);
            Files.write(file, DeterministicZip.normalise(bytes.toByteArray(), DOCUMENT_DATE));
        }
    }

    private static void writePdf(Path file, List<String[]> blocks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.open();
        // Fixed dates and id: the same corpus gives the same bytes.
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.clear();
        cal.set(DOCUMENT_DATE.getYear(), DOCUMENT_DATE.getMonthValue() - 1, DOCUMENT_DATE.getDayOfMonth());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(cal));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(cal));
        byte[] id = file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        // Helvetica in WinAnsi covers å, ä, ö, –, ² and €: enough for Swedish prose.
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        for (String[] b : blocks) {
            Paragraph p;
            if (b[0].equals("H")) {
                p = new Paragraph(b[1], heading);
                p.setSpacingBefore(10);
            }
            else if (b[0].equals("L")) {
                p = new Paragraph("• " + b[1], body);
                p.setIndentationLeft(14);
            }
            else {
                p = new Paragraph(b[1], body);
            }
            p.setSpacingAfter(6);
            document.add(p);
        }
        document.close();
        Files.write(file, bytes.toByteArray());
    }

    // ---------------------------------------------------------------- grant workbooks

    private static final String[] COUNTY_COUNCILS = { "Stockholms läns landsting", "Landstinget i Uppsala län",
            "Landstinget Sörmland", "Region Östergötland", "Region Jönköpings län", "Landstinget Kronoberg",
            "Landstinget i Kalmar län", "Region Gotland", "Landstinget Blekinge", "Region Skåne", "Region Halland",
            "Västra Götalandsregionen", "Landstinget i Värmland", "Region Örebro län", "Landstinget Västmanland",
            "Landstinget Dalarna", "Region Gävleborg", "Landstinget Västernorrland", "Region Jämtland Härjedalen",
            "Västerbottens läns landsting", "Norrbottens läns landsting" };

    private List<Organisation> organisations(List<Member> members, List<String> otherNames, List<String> otherCodes) {
        List<Organisation> orgs = new ArrayList<>();
        int serial = 1000;
        for (Member m : members) {
            orgs.add(organisation("212000-" + serial++, m.code(), m.name(), "Kommun"));
        }
        for (int i = 0; i < otherNames.size(); i++) {
            orgs.add(organisation("212000-" + serial++, otherCodes.get(i), otherNames.get(i), "Kommun"));
        }
        for (String cc : COUNTY_COUNCILS) {
            orgs.add(new Organisation("232100-" + serial++, "", cc, "Landsting", 300_000 + random.nextInt(700_000),
                    150 + random.nextInt(80), 5_000 + random.nextInt(20_000)));
        }
        // Interleave: the sheets list organisations by number, members among the rest.
        java.util.Collections.shuffle(orgs, random);
        return orgs;
    }

    private Organisation organisation(String orgNumber, String code, String name, String type) {
        return new Organisation(orgNumber, code, name, type, 10_000 + random.nextInt(150_000), 140 + random.nextInt(80),
                800 + random.nextInt(9000));
    }

    /**
     * How an organisation's name is written in the grant reporting: "X kommun", "Xs
     * kommun", "X stad".
     */
    private String organisationName(Organisation o) {
        if (!o.type().equals("Kommun")) {
            return o.name();
        }
        int r = random.nextInt(10);
        if (r == 0) {
            return o.name() + (random.nextBoolean() ? " stad" : " Stad");
        }
        if (r < 5 && !o.name().endsWith("s")) {
            return o.name() + "s kommun";
        }
        return o.name() + " kommun";
    }

    private long writeGrantWorkbook(int year, List<Organisation> orgs, String correctedMember) throws IOException {
        long rows = 0;
        // Streaming writer: only a window of rows in memory however large the sheet.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            wb.setCompressTempFiles(true);
            // Plain (non-Zip64) entries, so DeterministicZip can read the package back as
            // a stream.
            wb.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
            SXSSFSheet sheet = wb.createSheet("EES " + year);
            String[] header = { "Organisationsnummer", "Kommunkod", "Organisation", "Typ", "År", "Nyckeltal", "Enhet",
                    "Värde", "Basår", "Basårsvärde", "Mål 2014 (%)", "Mål 2020 (%)" };
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int r = 1;
            int yearsSinceBase = year - (REPORT_YEAR - years) + 1;
            double trend = Math.pow(0.985, yearsSinceBase);
            for (Organisation o : orgs) {
                // Members sometimes report without their code: then the name rule decides
                // membership.
                String code = o.code().isEmpty() || random.nextInt(3) == 0 ? "" : o.code();
                String name = organisationName(o);
                boolean mustHaveTotal = o.name().equals(correctedMember);
                if (mustHaveTotal && code.isEmpty()) {
                    code = o.code();
                }
                String t14 = random.nextInt(8) == 0 ? "" : decimal((random.nextInt(30) + 1) / 2.0);
                String t20 = random.nextInt(8) == 0 ? "" : decimal((random.nextInt(60) + 10) / 2.0);
                if (mustHaveTotal || random.nextInt(12) != 0) {
                    double v = o.total() * trend * (0.97 + random.nextDouble() * 0.06);
                    int unit = random.nextInt(20);
                    String u = unit == 0 ? "kWh" : unit == 1 ? "GWh" : "MWh";
                    double scale = unit == 0 ? 1000 : unit == 1 ? 0.001 : 1;
                    grantRow(sheet.createRow(r++), o, code, name, year, "Total energianvändning", u, v * scale,
                            o.total() * scale, t14, t20);
                    rows++;
                }
                if (random.nextInt(10) != 0) {
                    double v = o.premises() * trend * (0.97 + random.nextDouble() * 0.06);
                    String u = pick("kWh/m2 Atemp", "kwh/m2 Atemp", "kWh/m² Atemp", "kWh/m2 Atemp");
                    grantRow(sheet.createRow(r++), o, code, name, year, "Energianvändning lokaler", u, v, o.premises(),
                            t14, t20);
                    rows++;
                }
                if (random.nextInt(6) != 0) {
                    double v = o.transport() * trend * (0.97 + random.nextDouble() * 0.06);
                    grantRow(sheet.createRow(r++), o, code, name, year, "Energianvändning transporter", "MWh", v,
                            o.transport(), t14, t20);
                    rows++;
                }
            }
            wb.write(bytes);
            wb.dispose();
            Files.write(out.resolve("ees/ees-" + year + ".xlsx"),
                    DeterministicZip.normalise(bytes.toByteArray(), DOCUMENT_DATE));
        }
        return rows;
    }

    private void grantRow(org.apache.poi.ss.usermodel.Row row, Organisation o, String code, String name, int year,
            String keyFigure, String unit, double value, double baseValue, String t14, String t20) {
        row.createCell(0).setCellValue(o.orgNumber());
        row.createCell(1).setCellValue(code);
        row.createCell(2).setCellValue(name);
        row.createCell(3).setCellValue(o.type());
        row.createCell(4).setCellValue(year);
        row.createCell(5).setCellValue(keyFigure);
        row.createCell(6).setCellValue(unit);
        double v = round1(value);
        int kind = random.nextInt(60);
        if (kind == 0) {
            // A value that is not a number: the row is skipped and listed, not a stop.
            row.createCell(7).setCellValue("uppgift saknas");
        }
        else if (kind < 6) {
            // Text cells with Swedish thousands separators and decimal comma, as typed by
            // hand.
            row.createCell(7).setCellValue(decimal(v));
        }
        else {
            row.createCell(7).setCellValue(v);
        }
        row.createCell(8).setCellValue(REPORT_YEAR - years - 1);
        row.createCell(9).setCellValue(round1(baseValue));
        setNumberOrText(row, 10, t14);
        setNumberOrText(row, 11, t20);
    }

    private void setNumberOrText(org.apache.poi.ss.usermodel.Row row, int col, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (random.nextInt(5) == 0) {
            row.createCell(col).setCellValue(text);
        }
        else {
            row.createCell(col).setCellValue(Double.parseDouble(text.replace(',', '.').replace(" ", "")));
        }
    }

    // ---------------------------------------------------------------- small helpers

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static double round1(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * 1234567 → "1 234 567" with the given separator (space, no-break space or point).
     */
    private static String thousands(long v, String separator) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return (v < 0 ? "-" : "") + sb;
    }

    /** A Swedish decimal: "16 766,7"; whole numbers without decimals. */
    private static String decimal(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
        long whole = d.longValue();
        int tenth = d.remainder(BigDecimal.ONE).abs().movePointRight(1).intValue();
        return thousands(whole, " ") + (tenth == 0 ? "" : "," + tenth);
    }

}
