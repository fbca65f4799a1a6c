package se.ukrapport.targets;

import java.util.regex.Pattern;

/**
 * The word lists of the target rules, each in one place. Patterns run on
 * {@link SwedishText#fold folded} text (lower case, hyphen for every dash, "m2" for "m²").
 * They describe the grammar of Swedish target statements, not particular documents.
 */
final class TargetCues {

    private TargetCues() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** A 4-digit year 19xx/20xx that is not part of a bigger number or an amount with a unit. */
    static final String YEAR = "(?<![\\d,.])(?<!\\d )((?:19|20)\\d{2})(?!\\d)(?![,.]\\d)"
            + "(?!\\s*(?:%|procent|kwh|mwh|gwh|twh|wh\\b|ton\\b|kr\\b|kronor|m2|m3|st\\b|stycken|liter|meter|km\\b|bilar|fordon|invånare|personer|hushåll|villor|bostäder|lägenheter|anställda))";

    // ---- Is it a target? ----

    /** Modal of obligation or intent, and the set phrases that state a goal. */
    static final Pattern MODAL = p("\\b(?:ska|skall|bör|måste|kommer\\s+att)\\b"
            + "|\\bmål(?:et|en|sättningen|sättningarna)\\s+(?:är|blir)\\b|\\bär\\s+(?:målet|målsättningen|ett\\s+mål)\\b"
            + "|\\b(?:har|har\\s+satt\\s+upp|sätter\\s+upp|antagit)\\s+(?:som\\s+)?(?:mål|målet|målsättning)\\b|\\bsom\\s+mål\\s+att\\b"
            + "|\\bvi\\s+(?:vill|ska|skall|siktar|strävar|åtar)\\b|\\bambitionen\\s+är\\b|\\bsträvar\\s+(?:efter|mot)\\b"
            + "|\\bsiktar\\s+på\\b|\\båtar\\s+sig\\b|\\bavser\\s+att\\b|\\beftersträvas\\b");

    /** A measurable or checkable object: energy, emissions, fuels, vehicles, shares, heating, installations. */
    static final Pattern MEASURABLE_OBJECT = p("\\d|energi|\\bel\\b|\\bel(?:en|anv|förbr|värme|uppvärmning|pann|inköp|kraft|produktion|behov|bil)"
            + "|utsläpp|släpp\\p{L}*\\s+ut|koldioxid|co2|växthusgas|klimatgas|klimatpåverka|klimatneutral|olja|olje|bränsle|drivmedel|fordon|\\bbil|bilar\\b|bilen\\b|bussar"
            + "|uppvärmning|värme|vindkraft|\\bsol|biogas|förnybar|fossil|kwh|mwh|gwh|twh|belysning|transport|resor|resande|trafik|cykel"
            + "|installera|certifier|miljömärk|andel|halvera|fördubbla|procent|passivhus|lågenergi|energieffektiv|ventilation");

    /** National, EU or other targets quoted for context ("Riksdagen har beslutat att …"). */
    static final Pattern CONTEXT_TARGET = p("riksdag|regering|\\beu\\b|eu:s|europeiska\\s+unionen|europaparlament|\\bsverige\\b|sveriges"
            + "|nationell\\p{L}*\\s+(?:mål|miljömål|klimatmål|energimål|miljökvalitetsmål)|(?:det|de)\\s+nationella\\s+mål"
            + "|enligt\\s+(?:det\\s+|de\\s+)?(?:nationella|regionala)\\s+mål|energimyndighet|naturvårdsverket|länsstyrelse"
            + "|kyoto|fn:s|förenta\\s+nationerna|\\bipcc\\b|regionala\\s+(?:mål|klimatmål|energimål)|länets\\s+(?:mål|klimatmål|energimål)");

    /** Follow-up, responsibility and reporting sentences. */
    static final Pattern FOLLOW_UP = p("följ(?:s|as|a|er)?\\s+upp|uppföljning|\\bansvar(?:ar|et|ig|iga)?\\b|redovis(?:as|a|ar|ning)"
            + "|rapporter(?:as|a|ar)\\b|utvärder(?:as|a|ing)|revider(?:as|a|ing)|aktualiseras|ses\\s+över|beslutas\\s+av|antas\\s+av");

    /** Sentences about the plan itself rather than a result: "Strategin ska …", "Målen ska nås …". */
    static final Pattern PLAN_SUBJECT = p("^(?:den\\s+här\\s+|denna\\s+|detta\\s+|det\\s+här\\s+)?(?:energi-?\\s*och\\s+klimat)?"
            + "(?:strategi(?:n|er|erna)?|plan(?:en)?|handlingsplan(?:en)?|programmet|programmets|dokumentet|målen|delmålen|åtgärderna|åtgärdsplanen"
            + "|arbetsgruppen|nämnderna|förvaltningarna)\\b");

    /** Population figures and forecasts are not targets. */
    static final Pattern POPULATION = p("befolkning|invånarantal|antalet\\s+invånare|folkmängd|folkökning");

    /** Finite past-tense verbs of facts and history; a modal-less list item with one is no target. */
    static final Pattern HISTORY = p("\\b(?:var|hade|uppgick|använde|användes|minskade|ökade|släpptes|byggdes|antogs|påbörjades|infördes|gav|producerades|låg|blev)\\b");

    /** A state or change that a modal-less list item must name to count ("Minska elanvändningen med 10 %"). */
    static final Pattern CHANGE_OR_LEVEL = p("\\d|minska|öka|halvera|fördubbla|sänk|reducera|höj|fossilfri|fossilbränslefri|förnybar|fasa|avveckla|ersätt|konverter|effektivisera|högst|minst|inga\\b|ingen\\b|all\\b|alla\\b");

    /** Headings whose list items and cells are targets without a modal: "Mål", "Våra mål", "Delmål", "Energimål", "Målsättningar". */
    static final Pattern TARGET_HEADING = p("(?<!\\p{L})\\p{L}*mål(?:en|et|sättning\\p{L}*)?(?!\\p{L})|målsättning");

    /** Headings of sections that are not targets, even when they name a topic: "Åtgärder för transporter". */
    static final Pattern OTHER_SECTION = p("åtgärd|genomförande|uppföljning|bakgrund|nuläge|inledning|ansvar|organisation|bilaga|referens|kostnad|finansiering|historik|statistik|analys|syfte|metod|sammanfattning");

    /** A lead-in such as "Kommunen har följande mål:" makes the list after it a list of targets. */
    static final Pattern TARGET_LEAD_IN = p("(?:mål|målsättning|ska|skall|åtar|åtagande)\\p{L}*.*:\\s*$");

    // ---- Category ----

    /** Rule 1: the quantity is emissions. */
    static final Pattern EMISSIONS = p("co2|koldioxid|växthusgas|utsläpp|släpp\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}ut\\b|klimatpåverkande\\s+gas|klimatgas"
            + "|co2-?ekv|koldioxidekvivalent|\\bg\\s*(?:co2\\s*)?/\\s*km|gram\\s+(?:co2\\s+|koldioxid\\s+)?per\\s+(?:km|kilometer)"
            + "|ton\\s+(?:\\p{L}+\\s+)?(?:per|/)\\s*(?:invånare|person|capita|innevånare)|klimatneutral|koldioxidneutral");

    /** Rule 2: supply or mix — specific fuels, renewable/local production, vehicles and fuels. */
    static final Pattern SUPPLY_OR_MIX = p("olja|olje|\\bolj|fossil|bensin|diesel|naturgas|gasol|stenkol|\\bkol\\b|torv|kärnkraft"
            + "|förnybar|lokalt\\s+produce|lokal\\s+produktion|lokalproduce|egenproduce|produce|vindkraft|vindkraftverk|\\bvind"
            + "|solfångar|solcell|solenergi|\\bsolel|solvärme|solpanel|biogas|biobränsle|bioenergi|pellets|\\bflis|biodrivmedel|vätgas"
            + "|miljöbil|miljöfordon|miljöbilsdefinition|drivmedel|fordonsbränsle|\\betanol|biodiesel|\\bhvo\\b|\\brme\\b|elbil|laddbar|laddstolp|laddinfrastruktur"
            + "|miljömärk|bra\\s+miljöval|grön\\s+el|ursprungsmärk|självförsörj");

    /** An energy amount: number + kWh/MWh/GWh/TWh (also "kWh/m2"). */
    static final Pattern ENERGY_AMOUNT = p("(\\d[\\d ,.]*)\\s*(?:k|m|g|t)wh\\b|\\d\\s*(?:kilo|mega|giga|tera)wattimmar");

    /** Words before an energy amount that make it the target level rather than a description of the objects. */
    static final Pattern LEVEL_BEFORE_AMOUNT = p("(?<!\\p{L})(?:högst|max|maximalt|maximum|understiga|överstiga|mindre\\s+än|lägre\\s+än|under|uppgå\\s+till|vara|ligga\\s+på|till|nå|ned\\s+till|ner\\s+till"
            + "|motsvarande|minst|inte\\s+mer\\s+än|i\\s+genomsnitt|genomsnitt(?:ligt|et)?|ha\\s+en\\s+energianvändning\\s+(?:på|under)|på|en\\s+energianvändning\\s+(?:på|under))\\s*$");

    /** Rule 4: energy, electricity, heating or transport energy use. */
    static final Pattern ENERGY_USE = p("energi|\\bel\\b|\\bel-|\\bel(?:en|anv|förbr|värme|uppvärmning|pann|inköp|behov|konsumtion)|värme|uppvärmning|kyla\\b|kylan\\b");

    /** A relative change: change verbs, comparison phrases, percentages. */
    static final Pattern RELATIVE_CHANGE = p("minska|öka|halvera|fördubbla|sänk|reducera|höj|lägre|högre|effektivisera|spara|besparing|jämfört|%|procent");

    // ---- Direction ----

    static final Pattern DECREASE = p("minska\\p{L}*|minskning\\p{L}*|sänk\\p{L}*|reducer\\p{L}*|reduktion\\p{L}*|halver\\p{L}*|\\bdras\\s+ned|\\bdras\\s+ner|skäras\\s+ned|skäras\\s+ner");
    static final Pattern INCREASE = p("\\böka\\p{L}*|\\bökning\\p{L}*|\\bhöj(?:a|as|s|t|ts|ning)\\b|fördubbl\\p{L}*|tredubbl\\p{L}*|\\bväx(?:a|er|t)\\b|utök\\p{L}*|byggas\\s+ut|byggs\\s+ut");
    /** "vara 10 % lägre (år 2010) än (år) 1990", "understiga 1990 års nivå": lower than a base-year level. */
    static final Pattern LOWER_THAN_BASE = p("(?:lägre|mindre|understiga|under)\\b[^.;]{0,40}?(?:än\\s+)?(?:(?:år|nivån|nivån\\s+år|nivån\\s+för)\\s+)?" + YEAR
            + "|(?:lägre|understiga|under)\\s+(?:\\p{L}+\\s+){0,2}nivå|\\d\\s*(?:%|procent)\\s+lägre");
    static final Pattern HIGHER_THAN_BASE = p("(?:högre|större|överstiga)\\b[^.;]{0,40}?(?:än\\s+)?(?:(?:år|nivån)\\s+)?" + YEAR
            + "|\\d\\s*(?:%|procent)\\s+(?:högre|större)");

    // ---- Scope ----

    /** The municipality's own organisation; wins over the area cues. */
    static final Pattern OWN_ORGANISATION = p("\\b(?:sina|sin|sitt|våra|vår|vårt)\\s+(?:lokal|fastighet|byggnad|verksamhet|fordon|bil|transport|anläggning|anställd|organisation)|\\b(?:kommunens|stadens|kommunkoncernens|koncernens|landstingets|regionens|sina|sin|sitt|våra|vår|vårt|de|den|det)\\s+egn(?:a|e)\\b|\\begen\\s+verksamhet|\\beget\\b"
            + "|\\begna\\s+(?:verksamhet|fastighet|lokal|byggnad|fordon|bil|transport|resor|organisation|anläggning|arbetsmaskin|förbrukning|användning)"
            + "|\\b(?:kommunens|stadens)\\s+(?:fastighet\\p{L}*|lokaler\\p{L}*|byggnader\\p{L}*|verksamhet\\p{L}*|organisation\\p{L}*|förvaltning\\p{L}*|bolag\\p{L}*|fordon\\p{L}*|bilar\\p{L}*|bilpark\\p{L}*|fordonspark\\p{L}*"
            + "|tjänste\\p{L}*|transporter\\p{L}*|resor\\p{L}*|inköp\\p{L}*|upphandling\\p{L}*|anläggningar\\p{L}*|personal\\p{L}*|medarbetare\\p{L}*|anställda\\p{L}*|arbetsmaskiner\\p{L}*|gatubelysning\\p{L}*|belysning\\p{L}*|skolor|förskolor|energibolag\\p{L}*|bostadsbolag\\p{L}*)"
            + "|\\bkommunal(?:a|t)?\\s+(?:ägda\\s+)?(?:fastighet\\p{L}*|lokal\\p{L}*|byggnad\\p{L}*|bolag\\p{L}*|bostadsbolag\\p{L}*|energibolag\\p{L}*|verksamhet\\p{L}*|förvaltning\\p{L}*|fordon\\p{L}*|bilar|anläggning\\p{L}*|organisation\\p{L}*|fastighetsbolag\\p{L}*|bostäder)"
            + "|kommunalt\\s+ägda|kommun(?:al)?ägd|kommunen\\s+äger|ägs\\s+av\\s+kommunen|kommunen\\s+(?:hyr|förvaltar)|kommunkoncern|\\bkoncernen|kommunorganisation|fastighetsbestånd|fastighetsförvaltning"
            + "|\\blokaler\\p{L}*|\\bbyggnader\\p{L}*|\\bresor\\b|tjänstebil|tjänsteres|resor\\s+i\\s+tjänsten|leasingbil|bilpool|upphandl|anställd|\\bbolag(?:et|en)?\\b|förvaltningens|förvaltningarnas|nämndernas");

    /** The municipality as a geographic area. */
    static final Pattern GEOGRAPHIC_AREA = p("\\bi\\s+kommunen\\b|\\binom\\s+kommunen\\b|hela\\s+kommunen|kommunen\\s+som\\s+geografiskt|geografisk|per\\s+invånare|per\\s+person|per\\s+capita|invånare|innevånare|kommuninvånar"
            + "|hushåll|näringsliv|industri|trafiken\\b|\\p{L}*trafiken\\b|i\\s+länet|inom\\s+länet|hela\\s+länet|\\bi\\s+regionen|\\bi\\s+staden\\b|inom\\s+staden|hela\\s+staden|stadens\\s+yta"
            + "|medborgar|\\bi\\s+kommun\\b");
}
