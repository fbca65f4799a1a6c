package se.ukrapport.render.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.ukrapport.support.SwedishOrder;
import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.CrossCount;
import se.ukrapport.domain.survey.EnergyBalance;
import se.ukrapport.domain.survey.NumberSummary;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.ReportProperties;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.UnitNote;
import se.ukrapport.domain.CorrectionRow;
import se.ukrapport.domain.ReportFigures;
import se.ukrapport.domain.survey.OpenAnswer;

/**
 * What the chapter templates see: the report's figures ({@link ReportFigures}, computed
 * once per job execution) arranged for writing about them. Templates call methods
 * ({@code d.respondents()}, {@code d.question("q06")}); a template never reaches the
 * database or an input file, and neither does this class.
 */
public final class ReportData {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ReportProperties meta;

    private final MunicipalityRegistry registry;

    private final Codebook codebook;

    private final ReportFigures figures;

    private final int respondents;

    private final List<ChoiceShare> choices;

    private final List<NumberSummary> numbers;

    private final List<EnergyBalance> energy;

    /**
     * question → cluster → shares in option order: templates ask for them hundreds of
     * times.
     */
    private final Map<String, Map<String, List<ChoiceShare>>> sharesIndex = new java.util.HashMap<>();

    private final Map<String, Question> questions = new LinkedHashMap<>();

    /**
     * The comparison of survey years by question: the years, and each year's shares and
     * statistics.
     */
    private final Map<String, java.util.SortedSet<Integer>> yearsOf = new java.util.HashMap<>();

    private final Map<String, ChoiceShare> shareInYear = new java.util.HashMap<>();

    private final Map<String, NumberSummary> numberInYear = new java.util.HashMap<>();

    private final SwedishOrder collator = new SwedishOrder();

    public ReportData(ReportFigures figures) {
        this.figures = figures;
        this.meta = figures.meta();
        this.registry = figures.registry();
        this.codebook = figures.codebook();
        this.respondents = figures.respondents();
        this.choices = figures.choices();
        this.numbers = figures.numbers();
        this.energy = figures.energy();
        for (ChoiceShare c : choices) {
            sharesIndex.computeIfAbsent(c.question(), k -> new java.util.HashMap<>())
                .computeIfAbsent(c.cluster(), k -> new ArrayList<>())
                .add(c);
        }
        for (var c : figures.comparedShares()) {
            ChoiceShare s = c.share();
            yearsOf.computeIfAbsent(s.question(), k -> new java.util.TreeSet<>()).add(c.year());
            shareInYear.put(yearKey(s.question(), s.cluster(), s.option(), c.year()), s);
        }
        for (var c : figures.comparedNumbers()) {
            NumberSummary n = c.summary();
            yearsOf.computeIfAbsent(n.question(), k -> new java.util.TreeSet<>()).add(c.year());
            numberInYear.put(yearKey(n.question(), n.cluster(), "", c.year()), n);
        }
        for (CodebookColumn c : codebook.columns()) {
            String q = c.questionCode();
            if (!questions.containsKey(q)) {
                questions.put(q, new Question(q, c.question(), c.type().code(), c.chapter(), c.unit()));
            }
        }
    }

    /** Inputs a template read: input files or folders, and survey question codes. */
    public record Usage(java.util.SortedSet<String> inputs, java.util.SortedSet<String> questions) {
    }

    public static final String KOMMUNER = "kommuner.csv";

    public static final String SURVEY = "enkat/";

    public static final String CORRECTIONS = "rattelser.csv";

    public static final String GRANTS = "ees/";

    public static final String STRATEGIES = "strategier/";

    public static final String META = "report.properties";

    private Usage usage;

    /**
     * The figures this model reads: what a chapter made from the same template is made of
     * (compared by identity; the figures are immutable).
     */
    public Object figures() {
        return figures;
    }

    /** Starts recording what the next template reads (the chapter's dependencies). */
    public void startRecording() {
        usage = new Usage(new java.util.TreeSet<>(), new java.util.TreeSet<>());
    }

    public Usage stopRecording() {
        Usage u = usage;
        usage = null;
        return u;
    }

    private void uses(String... inputs) {
        if (usage != null) {
            usage.inputs().addAll(List.of(inputs));
        }
    }

    /**
     * A survey question read: its answers, their corrections and the clusters of the
     * respondents.
     */
    private void usesQuestion(String code) {
        if (usage != null) {
            usage.questions().add(code);
            uses(SURVEY, CORRECTIONS, KOMMUNER);
        }
    }

    private void usesEnergy() {
        for (CodebookColumn c : codebook.ofType(ColumnType.ENERGY)) {
            usesQuestion(c.code());
        }
    }

    /**
     * A survey question as templates see it (a multi question under its common prefix).
     */
    public record Question(String code, String text, String type, String chapter, String unit) {
    }

    public ReportProperties meta() {
        uses(META);
        return meta;
    }

    public int respondents() {
        uses(SURVEY, KOMMUNER);
        return respondents;
    }

    public int municipalities() {
        uses(KOMMUNER);
        return registry.size();
    }

    public List<String> clusters() {
        uses(KOMMUNER);
        return registry.clusters();
    }

    public String all() {
        return ChoiceShare.ALL;
    }

    /** Municipalities of a cluster in Swedish alphabetical order. */
    public List<Municipality> members(String cluster) {
        uses(KOMMUNER);
        List<Municipality> list = new ArrayList<>(registry.inCluster(cluster));
        list.sort(Comparator.comparing(Municipality::name, collator));
        return list;
    }

    public boolean has(String questionCode) {
        uses(SURVEY);
        return questions.containsKey(questionCode);
    }

    public Question question(String code) {
        usesQuestion(code);
        return questions.get(code);
    }

    /**
     * Questions whose codebook section starts with {@code section} ("5.2" takes 5.2,
     * 5.2.1 …), of the given types (comma-separated: single, multi, scale, number), in
     * codebook order.
     */
    public List<Question> questionsIn(String section, String types) {
        uses(SURVEY);
        List<String> wanted = List.of(types.split(","));
        List<Question> out = new ArrayList<>();
        for (Question q : questions.values()) {
            if (wanted.contains(q.type()) && (q.chapter().equals(section) || q.chapter().startsWith(section + "."))) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * Answer shares of a question in one cluster ({@link #all()} for all respondents),
     * option order.
     */
    public List<ChoiceShare> shares(String question, String cluster) {
        usesQuestion(question);
        return sharesIndex.getOrDefault(question, Map.of()).getOrDefault(cluster, List.of());
    }

    /** The share of one option (by label) of a question in a cluster, or null. */
    public ChoiceShare share(String question, String cluster, String optionLabel) {
        for (ChoiceShare s : shares(question, cluster)) {
            if (s.option().equalsIgnoreCase(optionLabel)) {
                return s;
            }
        }
        return null;
    }

    /** Option labels of a single/scale/multi question in codebook order. */
    public List<String> options(String question) {
        List<String> out = new ArrayList<>();
        for (ChoiceShare s : shares(question, ChoiceShare.ALL)) {
            out.add(s.option());
        }
        return out;
    }

    /**
     * Options ranked by count among all respondents, largest first (ties keep codebook
     * order).
     */
    public List<ChoiceShare> ranked(String question) {
        List<ChoiceShare> out = new ArrayList<>(shares(question, ChoiceShare.ALL));
        out.sort(Comparator.comparingInt(ChoiceShare::count).reversed());
        return out;
    }

    /** Respondents who ticked at least one option of a multi question. */
    public int anyTicked(String question) {
        usesQuestion(question);
        return figures.respondentsWithAny().getOrDefault(question, 0);
    }

    public NumberSummary number(String question, String cluster) {
        usesQuestion(question);
        for (NumberSummary n : numbers) {
            if (n.question().equals(question) && n.cluster().equals(cluster)) {
                return n;
            }
        }
        return null;
    }

    /**
     * Respondents whose usable answer to a number question is above (strictly) a limit.
     */
    public int countAbove(String question, BigDecimal limit) {
        usesQuestion(question);
        return (int) values(question).stream().filter(v -> v.compareTo(limit) > 0).count();
    }

    public int countBelow(String question, BigDecimal limit) {
        usesQuestion(question);
        return (int) values(question).stream().filter(v -> v.compareTo(limit) < 0).count();
    }

    private List<BigDecimal> values(String question) {
        return figures.numberValues().getOrDefault(question, List.of());
    }

    public List<EnergyBalance> energy() {
        usesEnergy();
        return energy;
    }

    public EnergyBalance energyTotal() {
        usesEnergy();
        return energy.get(energy.size() - 1);
    }

    public boolean hasEnergy() {
        uses(SURVEY);
        return !codebook.ofType(ColumnType.ENERGY).isEmpty();
    }

    public List<CrossCount> crossTab(String optionQuestion, String numberQuestion) {
        usesQuestion(optionQuestion);
        usesQuestion(numberQuestion);
        if (!has(optionQuestion) || !has(numberQuestion)) {
            return List.of();
        }
        return figures.crossTabs().getOrDefault(ReportFigures.crossTabKey(optionQuestion, numberQuestion), List.of());
    }

    /**
     * Open answers of a text question, one per municipality, in Swedish alphabetical
     * order.
     */
    public List<OpenAnswer> openAnswers(String question) {
        usesQuestion(question);
        List<OpenAnswer> list = new ArrayList<>(figures.openAnswers().getOrDefault(question, List.of()));
        list.sort(Comparator.comparing(OpenAnswer::municipality, collator));
        return list;
    }

    /**
     * Every responding municipality with its answer ("" where none), Swedish alphabetical
     * order.
     */
    public List<OpenAnswer> openAnswersOfAll(String question) {
        usesQuestion(question);
        List<OpenAnswer> list = new ArrayList<>(figures.openAnswersOfAll().getOrDefault(question, List.of()));
        list.sort(Comparator.comparing(OpenAnswer::municipality, collator));
        return list;
    }

    public List<UnitNote> unitNotes() {
        uses(SURVEY, CORRECTIONS);
        return figures.unitNotes();
    }

    public List<CorrectionRow> corrections() {
        uses(CORRECTIONS);
        return figures.corrections();
    }

    public List<Rejection> rejections() {
        uses(SURVEY, GRANTS, STRATEGIES);
        return figures.rejections();
    }

    // --- what stands out
    // ---------------------------------------------------------------------------

    /**
     * The cluster with the largest share of an option (clusters with respondents only),
     * or null.
     */
    public ChoiceShare highest(String question, String option) {
        return extreme(question, option, true);
    }

    /** The cluster with the smallest share of an option, or null. */
    public ChoiceShare lowest(String question, String option) {
        return extreme(question, option, false);
    }

    private ChoiceShare extreme(String question, String option, boolean largest) {
        ChoiceShare best = null;
        for (String cluster : registry.clusters()) {
            ChoiceShare s = share(question, cluster, option);
            if (s == null || s.base() == 0 || s.percent() == null) {
                continue;
            }
            int c = best == null ? 1 : s.percent().compareTo(best.percent());
            if (best == null || (largest ? c > 0 : c < 0)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * One bar of a distribution: the interval's label ("5–10") and how many answers fall
     * in it.
     */
    public record Bin(String label, int count) {
    }

    /**
     * How the answers to a number question are spread, in intervals of the 1–2–5 series
     * (0–1, 1–2, 2–5, 5–10, 10–20 …) from the smallest to the largest answer: readable
     * for hours and for kronor alike, and a long tail does not crowd the answers into one
     * bar. The lower bound belongs to the interval.
     */
    public List<Bin> distribution(String question) {
        usesQuestion(question);
        List<BigDecimal> values = figures.numberValues().getOrDefault(question, List.of());
        List<Bin> out = new ArrayList<>();
        if (values.isEmpty() || values.get(0).signum() < 0) {
            return out;
        }
        BigDecimal max = values.get(values.size() - 1);
        List<BigDecimal> edges = new ArrayList<>(List.of(BigDecimal.ZERO));
        for (BigDecimal unit = BigDecimal.ONE; edges.get(edges.size() - 1).compareTo(max) <= 0; unit = unit
            .multiply(BigDecimal.TEN)) {
            for (int f : new int[] { 1, 2, 5 }) {
                if (edges.get(edges.size() - 1).compareTo(max) <= 0) {
                    edges.add(unit.multiply(BigDecimal.valueOf(f)));
                }
            }
        }
        List<int[]> counts = new ArrayList<>();
        for (int i = 0; i + 1 < edges.size(); i++) {
            BigDecimal lo = edges.get(i);
            BigDecimal hi = edges.get(i + 1);
            counts.add(new int[] { i, i + 1,
                    (int) values.stream().filter(v -> v.compareTo(lo) >= 0 && v.compareTo(hi) < 0).count() });
        }
        // The few smallest answers share one bar ("0–5 000") rather than a row of
        // near-empty ones.
        while (counts.size() > 5 && counts.get(0)[2] + counts.get(1)[2] <= values.size() / 10) {
            int[] a = counts.remove(0);
            int[] b = counts.remove(0);
            counts.add(0, new int[] { a[0], b[1], a[2] + b[2] });
        }
        for (int[] c : counts) {
            out.add(new Bin(Formats.INSTANCE.num(edges.get(c[0])) + "–" + Formats.INSTANCE.num(edges.get(c[1])), c[2]));
        }
        return out;
    }

    /**
     * A few open answers to quote: of readable length (a sentence, not a word or a page),
     * from as many clusters as possible, in a fixed order, so a rerun quotes the same.
     */
    public List<OpenAnswer> quotes(String question, int count) {
        usesQuestion(question);
        List<OpenAnswer> readable = new ArrayList<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (OpenAnswer a : figures.openAnswers().getOrDefault(question, List.of())) {
            int n = a.text().strip().length();
            // The same words from several municipalities are quoted once.
            if (n >= 40 && n <= 400 && texts.add(MunicipalityRegistry.key(a.text()))) {
                readable.add(new OpenAnswer(a.municipality(), a.text().strip()));
            }
        }
        readable.sort(Comparator.comparingInt((OpenAnswer a) -> Math.abs(a.text().length() - 160))
            .thenComparing(OpenAnswer::municipality, collator));
        List<OpenAnswer> out = new ArrayList<>();
        java.util.Set<String> clustersQuoted = new java.util.HashSet<>();
        for (OpenAnswer a : readable) {
            String cluster = registry.find(a.municipality()).map(Municipality::cluster).orElse("");
            if (out.size() < count && clustersQuoted.add(cluster)) {
                out.add(a);
            }
        }
        for (OpenAnswer a : readable) {
            if (out.size() < count && !out.contains(a)) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(OpenAnswer::municipality, collator));
        return out;
    }

    /**
     * Why the municipalities chose their theme areas: the open answers to a question
     * grouped into a handful of reasons by word cues ({@link ReasonGroups#THEME_CHOICE}),
     * with counts and a quote per reason.
     */
    public ReasonGroups.Result themeReasons(String question) {
        return ReasonGroups.THEME_CHOICE.group(openAnswers(question));
    }

    /**
     * How the municipalities keep the political support after the programme: the open
     * answers grouped by the ways they name ({@link ReasonGroups#POLITICAL_SUPPORT}).
     */
    public ReasonGroups.Result supportWays(String question) {
        return ReasonGroups.POLITICAL_SUPPORT.group(openAnswers(question));
    }

    // --- grant targets (data/ees-mal.csv)
    // ------------------------------------------------------------

    /**
     * The grant targets per group (programme members, other municipalities, county
     * councils, clusters).
     */
    public List<se.ukrapport.domain.grants.GrantTargetSummary> grantTargets() {
        uses(GRANTS, KOMMUNER, CORRECTIONS);
        return figures.grantSummaries();
    }

    // --- earlier survey years (data/jamforelse*.csv)
    // ---------------------------------------------

    /** The report year (report.properties). */
    public int year() {
        uses(META);
        return meta.year();
    }

    /** Whether the input has earlier years' surveys compared with the report year's. */
    public boolean hasEarlierYears() {
        uses(SURVEY);
        return !figures.yearMappings().isEmpty();
    }

    /**
     * The years a question is compared in, ascending, the report year last; empty when it
     * is not compared.
     */
    public List<Integer> comparedYears(String question) {
        usesQuestion(question);
        java.util.SortedSet<Integer> years = yearsOf.getOrDefault(question, java.util.Collections.emptySortedSet());
        return years.size() < 2 ? List.of() : List.copyOf(years);
    }

    /** The earlier years a question is compared in, latest first (2010, 2009). */
    public List<Integer> earlierYears(String question) {
        List<Integer> years = new ArrayList<>(comparedYears(question));
        years.remove(Integer.valueOf(meta.year()));
        java.util.Collections.reverse(years);
        return years;
    }

    /**
     * One option's share in one cluster in one survey year, or null where that year lacks
     * it.
     */
    public ChoiceShare shareIn(String question, String cluster, String option, int year) {
        usesQuestion(question);
        return shareInYear.get(yearKey(question, cluster, option, year));
    }

    /** A number question's statistics in one cluster in one survey year, or null. */
    public NumberSummary numberIn(String question, String cluster, int year) {
        usesQuestion(question);
        NumberSummary n = numberInYear.get(yearKey(question, cluster, "", year));
        return n != null && n.n() > 0 ? n : null;
    }

    private static String yearKey(String question, String cluster, String option, int year) {
        return question + '\u0000' + cluster + '\u0000' + option + '\u0000' + year;
    }

    /**
     * The earlier years' columns compared with the report year's, for the data-quality
     * appendix.
     */
    public List<se.ukrapport.domain.survey.YearMapping> yearMappings() {
        uses(SURVEY);
        return figures.yearMappings();
    }

    /** The first question of a type in a codebook section, or null. */
    public String firstQuestionOfType(String section, String type) {
        return questionsIn(section, type).stream().map(Question::code).findFirst().orElse(null);
    }

    /** Municipalities of the pilot county (kommuner.csv: pilotlan=ja), Swedish order. */
    public List<Municipality> pilotMunicipalities() {
        uses(KOMMUNER);
        List<Municipality> list = new ArrayList<>();
        for (Municipality m : registry.all()) {
            if (m.pilotCounty()) {
                list.add(m);
            }
        }
        list.sort(Comparator.comparing(Municipality::name, collator));
        return list;
    }

    /** The cluster most of the pilot county's municipalities belong to, or null. */
    public String pilotCluster() {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Municipality m : pilotMunicipalities()) {
            count.merge(m.cluster(), 1, Integer::sum);
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Mentor municipalities (kommuner.csv: nestor=ja), Swedish order. */
    public List<Municipality> mentors() {
        uses(KOMMUNER);
        List<Municipality> list = new ArrayList<>();
        for (Municipality m : registry.all()) {
            if (m.mentor()) {
                list.add(m);
            }
        }
        list.sort(Comparator.comparing(Municipality::name, collator));
        return list;
    }

    /**
     * All municipalities, clusters in report order, names in Swedish order within a
     * cluster.
     */
    public List<Municipality> municipalityList() {
        List<Municipality> out = new ArrayList<>();
        for (String c : clusters()) {
            out.addAll(members(c));
        }
        return out;
    }

    public Formats fmt() {
        return Formats.INSTANCE;
    }

    // --- targets (bilaga 5 and 6)
    // ----------------------------------------------------------------

    /**
     * One row of the appendix of municipal targets: a municipality's targets by category.
     */
    public record TargetRow(String municipality, List<String> kwh, List<String> percent, List<String> co2,
            List<String> other, String validity) {
    }

    public List<TargetRow> targetRows() {
        uses(STRATEGIES, CORRECTIONS);
        Map<String, List<se.ukrapport.domain.targets.MunicipalTarget>> by = new java.util.TreeMap<>(collator);
        for (var t : figures.targets()) {
            by.computeIfAbsent(t.municipality(), k -> new ArrayList<>()).add(t);
        }
        Map<String, String> validity = new java.util.HashMap<>();
        for (var s : figures.strategies()) {
            by.computeIfAbsent(s.municipality(), k -> new ArrayList<>());
            validity.put(s.municipality(), s.validity() == null ? "" : s.validity());
        }
        List<TargetRow> out = new ArrayList<>();
        for (var e : by.entrySet()) {
            List<String> kwh = new ArrayList<>();
            List<String> pct = new ArrayList<>();
            List<String> co2 = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (var t : e.getValue()) {
                switch (t.category()) {
                    case KWH -> kwh.add(t.text());
                    case PERCENT -> pct.add(t.text());
                    case CO2 -> co2.add(t.text());
                    default -> other.add(t.text());
                }
            }
            out.add(new TargetRow(e.getKey(), kwh, pct, co2, other, validity.getOrDefault(e.getKey(), "")));
        }
        return out;
    }

    public int targetCount() {
        uses(STRATEGIES);
        return figures.targets().size();
    }

    public int strategyCount() {
        uses(STRATEGIES);
        return figures.strategies().size();
    }

    private List<se.ukrapport.domain.targets.FollowUp> followUps;

    /** Every target set against the grant reporting, municipalities in Swedish order. */
    public List<se.ukrapport.domain.targets.FollowUp> followUps() {
        uses(STRATEGIES, GRANTS, CORRECTIONS);
        if (followUps == null) {
            Map<String, List<se.ukrapport.domain.targets.GrantMeasure>> measures = new java.util.HashMap<>();
            for (var g : figures.memberGrantFigures()) {
                measures.computeIfAbsent(g.municipality(), k -> new ArrayList<>())
                    .add(new se.ukrapport.domain.targets.GrantMeasure(g.keyFigure(), g.year(), g.value(), g.baseYear(),
                            g.baseValue()));
            }
            var assess = new se.ukrapport.targets.TargetFollowUp();
            List<se.ukrapport.domain.targets.FollowUp> out = new ArrayList<>();
            for (var t : se.ukrapport.render.csv.TargetDataExport.sorted(figures.targets(), collator)) {
                out.add(assess.assess(t, measures.getOrDefault(t.municipality(), List.of())));
            }
            followUps = out;
        }
        return followUps;
    }

    /** Follow-ups on track. */
    public List<se.ukrapport.domain.targets.FollowUp> onTrack() {
        return followUps().stream().filter(se.ukrapport.domain.targets.FollowUp::onTrack).toList();
    }

    /** Follow-ups assessed and not on track. */
    public List<se.ukrapport.domain.targets.FollowUp> offTrack() {
        return followUps().stream().filter(se.ukrapport.domain.targets.FollowUp::offTrack).toList();
    }

    /** Follow-ups that could be assessed (on track or not). */
    public List<se.ukrapport.domain.targets.FollowUp> assessed() {
        return followUps().stream().filter(se.ukrapport.domain.targets.FollowUp::assessable).toList();
    }

    /** Follow-ups that could not be assessed. */
    public List<se.ukrapport.domain.targets.FollowUp> notAssessed() {
        return followUps().stream().filter(f -> !f.assessable()).toList();
    }

    /**
     * Follow-ups with this status label ("i fas", "inte i fas", "kan inte bedömas"). Kept
     * for template copies written before {@link #onTrack()} and its siblings; new
     * templates ask those instead of comparing labels.
     */
    public List<se.ukrapport.domain.targets.FollowUp> followUps(String status) {
        List<se.ukrapport.domain.targets.FollowUp> out = new ArrayList<>();
        for (var f : followUps()) {
            if (f.statusLabel().equals(status)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Why targets could not be assessed: reason → count, most common first. */
    public List<Map.Entry<String, Integer>> notAssessableReasons() {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (var f : notAssessed()) {
            String reason = f.basis().startsWith("kommunen har ingen EES")
                    ? "kommunen saknar EES-rapportering med basårsvärde för nyckeltalet" : f.basis();
            count.merge(reason, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> out = new ArrayList<>(count.entrySet());
        out.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return out;
    }

}
