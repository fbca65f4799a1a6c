package se.ukrapport.targets;

import java.util.regex.Pattern;

/**
 * The word lists of the target rules, each in one place. Patterns run on
 * {@link SwedishText#fold folded} text (lower case, hyphen for every dash, "m2" for
 * "m²"). They describe the grammar of Swedish target statements, not particular
 * documents.
 */
final class TargetCues {

    private TargetCues() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex,
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * A 4-digit year 19xx/20xx that is not part of a bigger number or an amount with a
     * unit.
     */
    static final String YEAR = "(?<![\\d,.])(?<!\\d )((?:19|20)\\d{2})(?!\\d)(?![,.]\\d)"
            + "(?!\\s*(?:%|procent|kwh|mwh|gwh|twh|wh\\b|ton\\b|kr\\b|kronor|m2|m3|st\\b|stycken|liter|meter|km\\b|kg\\b|g\\b|mw\\b|gw\\b|mil\\b|bilar|fordon|invånare|personer|hushåll|villor|bostäder|lägenheter|anställda))";

    // ---- Is it a target? ----

    /** Modal of obligation or intent, and the set phrases that state a goal. */
    static final Pattern MODAL = p("\\b(?:ska|skall|bör|måste|kommer\\s+att)\\b"
            + "|\\bmål(?:et|en|sättningen|sättningarna)\\s+(?:är|blir)\\b|\\bär\\s+(?:målet|målsättningen|ett\\s+mål)\\b"
            + "|\\b(?:har|har\\s+satt\\s+upp|sätter\\s+upp|antagit)\\s+(?:som\\s+)?(?:mål|målet|målsättning)\\b|\\bsom\\s+mål\\s+att\\b"
            + "|\\bvi\\s+(?:vill|ska|skall|siktar|strävar|åtar)\\b|\\bambitionen\\s+är\\b|\\bsträvar\\s+(?:efter|mot)\\b"
            + "|\\bsiktar\\s+på\\b|\\båtar\\s+sig\\b|\\bavser\\s+att\\b|\\beftersträvas\\b");

    /**
     * A measurable or checkable object: energy, emissions, fuels, vehicles, shares,
     * heating, installations.
     */
    static final Pattern MEASURABLE_OBJECT = p(
            "\\d|energi|\\bel\\b|\\bel(?:en|anv|förbr|värme|uppvärmning|pann|inköp|kraft|produktion|behov|bil)"
                    + "|utsläpp|släpp\\p{L}*\\s+ut|koldioxid|co2|växthusgas|klimatgas|klimatpåverka|klimatneutral|olja|olje|bränsle|drivmedel|fordon|\\bbil|bilar\\b|bilen\\b|bussar"
                    + "|uppvärmning|värme|vindkraft|\\bsol|biogas|förnybar|fossil|kwh|mwh|gwh|twh|belysning|transport|resor|resande|trafik|cykel"
                    + "|installera|certifier|miljömärk|andel|halvera|fördubbla|procent|passivhus|lågenergi|energieffektiv|ventilation");

    /**
     * National, EU or other targets quoted for context ("Riksdagen har beslutat att …").
     */
    static final Pattern CONTEXT_TARGET = p(
            "riksdag|regering|\\beu\\b|eu:s|europeiska\\s+unionen|europaparlament|\\bsverige\\b|sveriges"
                    + "|nationell\\p{L}*\\s+(?:mål|miljömål|klimatmål|energimål|miljökvalitetsmål)|(?:det|de)\\s+nationella\\s+mål"
                    + "|enligt\\s+(?:det\\s+|de\\s+)?(?:nationella|regionala)\\s+mål|energimyndighet|naturvårdsverket|länsstyrelse"
                    + "|kyoto|fn:s|förenta\\s+nationerna|\\bipcc\\b|regionala\\s+(?:mål|klimatmål|energimål)|länets\\s+(?:mål|klimatmål|energimål)");

    /** Follow-up, responsibility and reporting sentences. */
    static final Pattern FOLLOW_UP = p(
            "följ(?:s|as|a|er)?\\s+upp|uppföljning|\\bansvar(?:ar|et|ig|iga)?\\b|redovis(?:as|a|ar|ning)"
                    + "|rapporter(?:as|a|ar)\\b|utvärder(?:as|a|ing)|revider(?:as|a|ing)|aktualiseras|ses\\s+över|beslutas\\s+av|antas\\s+av");

    /**
     * Sentences about the plan itself rather than a result: "Strategin ska …", "Målen ska
     * nås …".
     */
    static final Pattern PLAN_SUBJECT = p(
            "^(?:den\\s+här\\s+|denna\\s+|detta\\s+|det\\s+här\\s+)?(?:energi-?\\s*och\\s+klimat)?"
                    + "(?:strategi(?:n|er|erna)?|plan(?:en)?|handlingsplan(?:en)?|programmet|programmets|dokumentet|målen|delmålen|åtgärderna|åtgärder|återgärder|insatserna|åtgärdsplanen"
                    + "|arbetsgruppen|nämnderna|förvaltningarna)\\b");

    /**
     * Descriptions of a plan or its making, wherever they stand: "Den kommer att
     * innehålla mål för hur mycket utsläppen ska minska", "Under 2010 inleds arbetet med
     * en ny klimatstrategi".
     */
    static final Pattern PLAN_DESCRIPTION = p(
            "\\binnehåll(?:a|er|s)\\s+(?:\\p{L}+\\s+){0,2}?mål\\b|\\bmål\\s+för\\s+hur\\b"
                    + "|\\b(?:inleds|påbörjas|startar|startas|utarbetas|tas\\s+fram)\\s+(?:\\p{L}+\\s+){0,4}?(?:\\p{L}*strategi|\\p{L}*plan|\\p{L}*program)\\p{L}*");

    /**
     * Words that make a modal sentence checkable although it names no number, year or
     * change ("alltid krävas miljömärkt el").
     */
    static final Pattern CHECKABLE_STATE = p(
            "\\balltid\\b|\\benbart\\b|\\bendast\\b|\\bsamtliga\\b|krav|miljömärk|miljöfordon|miljöbil|miljöval"
                    + "|\\b(?:drivas|ske|värmas|förses|baseras|byggas)\\s+(?:med|på|enligt)\\b|väljas|installera|certifier");

    /** Population figures and forecasts are not targets. */
    static final Pattern POPULATION = p("befolkning|invånarantal|antalet\\s+invånare|folkmängd|folkökning");

    /**
     * Finite past-tense verbs of facts and history; a modal-less list item with one is no
     * target.
     */
    static final Pattern HISTORY = p(
            "\\b(?:förbrukade|konsumerade|köpte|släppte|såldes|levererades|var|hade|uppgick|använde|användes|minskade|ökade|släpptes|byggdes|antogs|påbörjades|infördes|gav|producerades|låg|blev)\\b");

    /**
     * A state or change that a modal-less list item must name to count ("Minska
     * elanvändningen med 10 %").
     */
    static final Pattern CHANGE_OR_LEVEL = p(
            "\\d|minska|öka|halvera|fördubbla|sänk|reducera|höj|fossilfri|fossilbränslefri|förnybar|fasa|avveckla|ersätt|konverter|effektivisera|högst|minst|\\binga\\b|\\bingen\\b|\\ball\\b|\\balla\\b");

    /**
     * Headings whose list items and cells are targets without a modal: "Mål", "Våra mål",
     * "Delmål", "Energimål", "Målsättningar".
     */
    static final Pattern TARGET_HEADING = p("(?<!\\p{L})\\p{L}*mål(?:en|et|sättning\\p{L}*)?(?!\\p{L})|målsättning");

    /**
     * Headings of sections that are not targets, even when they name a topic: "Åtgärder
     * för transporter".
     */
    static final Pattern OTHER_SECTION = p(
            "åtgärd|genomförande|uppföljning|bakgrund|nuläge|inledning|ansvar|organisation|bilaga|referens|kostnad|finansiering|historik|statistik|analys|syfte|metod|sammanfattning");

    /**
     * A label that dates what follows it: "Mål till 2015:", "Delmål 2010:", "Fram till år
     * 2020 ska:". Its year is the target year of the targets after it that name none (the
     * guideline's lead-in rule).
     */
    static final Pattern DATED_LABEL = p(
            "^(?:\\p{L}+\\s+){0,3}?(?:till\\s+|år\\s+|för\\s+)?" + YEAR + "\\s*(?:\\p{L}+\\s*)?:");

    /**
     * A lead-in such as "Kommunen har följande mål:" makes the list after it a list of
     * targets.
     */
    static final Pattern TARGET_LEAD_IN = p("(?:mål|målsättning|ska|skall|åtar|åtagande)\\p{L}*.*:\\s*$");

    // ---- Category ----

    /** Rule 1: the quantity is emissions. */
    static final Pattern EMISSIONS = p(
            "co2|koldioxid|växthusgas|utsläpp|släpp\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}ut\\b|klimatpåverkande\\s+gas|klimatgas"
                    + "|co2-?ekv|koldioxidekvivalent|\\bg\\s*(?:co2\\s*)?/\\s*km|gram\\s+(?:co2\\s+|koldioxid\\s+)?per\\s+(?:km|kilometer)"
                    + "|ton\\s+(?:\\p{L}+\\s+)?(?:per|/)\\s*(?:invånare|person|capita|innevånare)|klimatneutral|koldioxidneutral");

    /**
     * Rule 2: supply or mix — specific fuels, renewable/local production, vehicles and
     * fuels.
     */
    static final Pattern SUPPLY_OR_MIX = p(
            "olja|olje|\\bolj|fossil|bensin|diesel|naturgas|gasol|stenkol|\\bkol\\b|torv|kärnkraft"
                    + "|förnybar|lokalt\\s+produce|lokal\\s+produktion|lokalproduce|egenproduce|produce|vindkraft|vindkraftverk|\\bvind"
                    + "|solfångar|solcell|solenergi|\\bsolel|solvärme|solpanel|biogas|biobränsle|bioenergi|pellets|\\bflis|biodrivmedel|vätgas"
                    + "|miljöbil|miljöfordon|miljöbilsdefinition|drivmedel|fordonsbränsle|\\betanol|biodiesel|\\bhvo\\b|\\brme\\b|elbil|laddbar|laddstolp|laddinfrastruktur"
                    + "|miljömärk|bra\\s+miljöval|grön\\s+el|ursprungsmärk|självförsörj|förnyelsebar|verkningsgrad|energiförsörjning");

    /** An energy amount: number + kWh/MWh/GWh/TWh (also "kWh/m2"). */
    static final Pattern ENERGY_AMOUNT = p(
            "(\\d[\\d ,.]*)\\s*(?:k|m|g|t)wh\\b|\\d\\s*(?:kilo|mega|giga|tera)wattimmar");

    /**
     * Words before an energy amount that make it the target level rather than a
     * description of the objects.
     */
    static final Pattern LEVEL_BEFORE_AMOUNT = p(
            "(?<!\\p{L})(?:högst|max|maximalt|maximum|understiga|överstiga|mindre\\s+än|lägre\\s+än|under|uppgå\\s+till|vara|ligga\\s+på|till|nå|ned\\s+till|ner\\s+till"
                    + "|motsvarande|minst|inte\\s+mer\\s+än|i\\s+genomsnitt|genomsnitt(?:ligt|et)?|ha\\s+en\\s+energianvändning\\s+(?:på|under)|på|en\\s+energianvändning\\s+(?:på|under))\\s*$");

    /** Rule 4: energy, electricity, heating or transport energy use. */
    static final Pattern ENERGY_USE = p(
            "energi|\\bel\\b|\\bel-|\\bel(?:en|anv|förbr|värme|uppvärmning|pann|inköp|behov|konsumtion)|värme|uppvärmning|kyla\\b|kylan\\b");

    /** A relative change: change verbs, comparison phrases, percentages. */
    static final Pattern RELATIVE_CHANGE = p(
            "minska|öka|halvera|fördubbla|sänk|reducera|höj|lägre|högre|effektivisera|spara|besparing|jämfört|%|procent");

    // ---- Direction ----

    static final Pattern DECREASE = p(
            "minska\\p{L}*|\\p{L}*minskning\\p{L}*|sänk\\p{L}*|reducer\\p{L}*|reduktion\\p{L}*|halver\\p{L}*|\\bdras\\s+ned|\\bdras\\s+ner|skäras\\s+ned|skäras\\s+ner");
    static final Pattern INCREASE = p(
            "\\böka\\p{L}*|\\p{L}*ökning\\p{L}*|\\bmer\\s+(?:energi)?effektiv\\p{L}*|\\bhöj(?:a|as|s|t|ts|ning)\\b|fördubbl\\p{L}*|tredubbl\\p{L}*|\\bväx(?:a|er|t)\\b|utök\\p{L}*|byggas\\s+ut|byggs\\s+ut");

    /**
     * "vara 10 % lägre (år 2010) än (år) 1990", "understiga 1990 års nivå": lower than a
     * base-year level.
     */
    static final Pattern LOWER_THAN_BASE = p(
            "(?:lägre|mindre|understiga|under)\\b[^.;]{0,40}?(?:än\\s+)?(?:(?:år|nivån|nivån\\s+år|nivån\\s+för)\\s+)?"
                    + YEAR + "|(?:lägre|understiga|under)\\s+(?:\\p{L}+\\s+){0,2}nivå|\\d\\s*(?:%|procent)\\s+lägre");
    static final Pattern HIGHER_THAN_BASE = p(
            "(?:högre|större|överstiga)\\b[^.;]{0,40}?(?:än\\s+)?(?:(?:år|nivån)\\s+)?" + YEAR
                    + "|\\d\\s*(?:%|procent)\\s+(?:högre|större)");

    // ---- Scope ----

    /**
     * The municipality's own organisation; wins over the area cues. Works on any
     * inflection and compound.
     */
    static final Pattern OWN_ORGANISATION = p(
            "\\b(?:sina|sin|sitt|våra|vår|vårt)\\s+(?:lokal|fastighet|byggnad|verksamhet|fordon|bil|transport|anläggning|anställd|organisation)"
                    + "|\\b(?:kommunens|stadens|kommunkoncernens|koncernens|landstingets|regionens|sina|sin|sitt|våra|vår|vårt)\\s+eg(?:na|ne|en)\\b"
                    + "|\\b(?:de|den|det)\\s+egn(?:a|e)\\b(?!\\s+\\p{L}*(?:plan|strategi|program))|\\begen\\s+verksamhet|\\beget\\b"
                    + "|\\begna\\s+(?:verksamhet|fastighet|lokal|byggnad|fordon|bil|transport|resor|organisation|anläggning|arbetsmaskin|förbrukning|användning)"
                    + "|\\b(?:kommunens|stadens|\\p{L}+\\s+stads)\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:fastighet|lokaler|byggnad|verksamhet|organisation|förvaltning|bolag|fordon|bilar|bilpark"
                    + "|tjänste|transport|resor|inköp|upphandling|anläggning|personal|medarbetare|anställda|arbetsmaskin|belysning|skolor|förskolor)\\p{L}*"
                    + "|\\bkommunal(?:a|t)?\\s+(?:ägda\\s+)?(?:\\p{L}+-\\s+och\\s+)?\\p{L}*(?:fastighet|lokal|byggnad|bolag|verksamhet|förvaltning|fordon|bilar|anläggning"
                    + "|organisation|transport|tjänstebil|belysning|bostäder|resor|skolor)\\p{L}*"
                    + "|kommunalt\\s+ägda|kommun(?:al)?ägd|kommunen\\s+(?:äger|hyr|förvaltar|använder|köper)|ägs\\s+av\\s+kommunen|ägda\\s+av\\s+(?:\\p{L}+\\s+)?kommun\\b"
                    + "|\\b\\p{L}+s\\s+av\\s+kommunen\\b|\\bav\\s+kommunen\\s+(?:använd|ägd|hyrd|förvaltad|leasad)\\p{L}*"
                    + "|kommunen\\s+som\\s+(?:koncern|organisation)|kommunkoncern|\\bkoncernen|kommunorganisation|fastighetsbestånd|fastighetsförvaltning"
                    + "|\\p{L}*kontorets?\\b|\\bvid\\s+inköp\\b|tjänstebil|tjänsteres|resor\\s+i\\s+tjänsten|leasingbil|bilpool|upphandl|anställd|förvaltningens|förvaltningarnas|nämndernas");

    /**
     * Own-organisation words that also name the area's stock ("bostäder och lokaler"):
     * own only when no area cue occurs.
     */
    static final Pattern WEAK_OWN_ORGANISATION = p(
            "\\blokaler\\p{L}*|\\bbyggnader\\p{L}*|\\bresor\\b|\\bbolag(?:et|en)?\\b|\\bbestånd\\p{L}*");

    /**
     * A company named as such ("Hugefastigheter AB", "KBAB", "KEAB:s"): a municipal
     * company. Runs on the unfolded text.
     */
    static final Pattern COMPANY = Pattern.compile("\\b\\p{Lu}{1,4}AB\\b|\\b\\p{L}+\\s+AB\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The municipality as a geographic area. */
    static final Pattern GEOGRAPHIC_AREA = p(
            "\\bi\\s+kommunen\\b|\\binom\\s+kommunen\\b|hela\\s+kommunen|kommunen\\s+som\\s+geografiskt|geografisk|per\\s+invånare|per\\s+person|per\\s+capita|invånare|innevånare|kommuninvånar"
                    + "|/\\s*(?:person|capita)\\b|hushåll|näringsliv|industri|trafik(?:en)?\\b|i\\s+länet|inom\\s+länet|hela\\s+länet|\\bi\\s+regionen|\\bi\\s+staden\\b|inom\\s+staden|hela\\s+staden|stadens\\s+yta"
                    + "|medborgar|\\bi\\s+kommun\\b|\\b(?:i|inom|för)\\s+\\p{L}+\\s+kommuns?\\b|kommunens\\s+gränser|\\bbostäder|\\bbostad\\p{L}*|\\bvill(?:a|or)\\p{L}*|småhus|flerbostadshus|\\bhus\\b|samhälle");

}
