package se.ukrapport.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.ukrapport.domain.survey.OpenAnswer;

class ReasonGroupsTests {

    private static final String SIZE = "Området står för en stor del av energianvändningen eller utsläppen";

    private static final String EARLIER = "Arbete som redan pågick eller var planerat";

    private static final String NEW = "Ett nytt område för kommunen";

    private static final String POLITICS = "Politiskt beslut eller uppdrag";

    private static final String ECONOMY = "Ekonomiska skäl";

    private static final String FIT = "Passar kommunens förutsättningar och övriga arbete";

    private static final String OTHERS = "Samarbete eller efterfrågan från andra";

    private final ReasonGroups groups = ReasonGroups.THEME_CHOICE;

    @Test
    void inflectedFormsAndCaseMatchTheStem() {
        assertThat(groups.reasonsOf("Politikerna ville satsa på det som syns.")).containsExactly(POLITICS);
        assertThat(groups.reasonsOf("POLITISKT BESLUT att satsa på biogas")).containsExactly(POLITICS);
        assertThat(groups.reasonsOf("Ekonomin styrde: effektivisering lönar sig.")).containsExactly(ECONOMY);
        assertThat(groups.reasonsOf("De lönsammaste åtgärderna finns här")).containsExactly(ECONOMY);
    }

    @Test
    void severalReasonsInOneAnswerCountForEach() {
        assertThat(groups.reasonsOf(
                "Transporterna är den största källan till utsläpp, och kommunfullmäktige har gett oss uppdraget."))
            .containsExactly(SIZE, POLITICS);
        assertThat(groups.reasonsOf("Klustret valde gemensamma teman; det passar också vår strategi."))
            .containsExactly(FIT, OTHERS);
    }

    @Test
    void aNegatedCueGivesTheNewAreaNotEarlierWork() {
        assertThat(groups.reasonsOf("Transporterna hade vi inte arbetat med tidigare.")).containsExactly(NEW);
        assertThat(groups.reasonsOf("Vi hade ej jobbat med belysning förut")).containsExactly(NEW);
        assertThat(groups.reasonsOf("Vi hade redan ett projekt om biogas igång.")).containsExactly(EARLIER);
        // The negation reaches three words back within its own sentence only.
        assertThat(groups.reasonsOf("Det var inte svårt att välja. Vi hade arbetat med det tidigare."))
            .containsExactly(EARLIER);
    }

    @Test
    void aSeveralWordCueNeedsItsWordsInARow() {
        assertThat(groups.reasonsOf("Det hänger ihop med kommunens utvecklingsarbete")).containsExactly(FIT);
        assertThat(groups.reasonsOf("Skylten hänger kvar ihop med annat")).isEmpty();
        assertThat(groups.reasonsOf("Vi skulle göra en ny översiktsplan.")).containsExactly(EARLIER);
    }

    @Test
    void aStemMatchesTheStartOfAWordOnly() {
        // "ändå" is a cue, "ändra" is not; "spara" takes "sparade" but not "kasparov".
        assertThat(groups.reasonsOf("Den är svår att ändra i efterhand.")).isEmpty();
        assertThat(groups.reasonsOf("Vi ville spara energi")).containsExactly(ECONOMY);
        assertThat(groups.reasonsOf("Kasparov spelade schack")).isEmpty();
    }

    @Test
    void aLongStemIsFoundInACompound() {
        assertThat(groups.reasonsOf("Kommunens klimatstrategi pekar ut området")).containsExactly(FIT);
        assertThat(groups.reasonsOf("Koldioxidutsläppen från trafiken är höga")).containsExactly(SIZE);
        // "spara" is short: not found inside "kasparov" or "försparande".
        assertThat(groups.reasonsOf("försparande")).isEmpty();
    }

    @Test
    void waysOfKeepingThePoliticalSupport() {
        ReasonGroups support = ReasonGroups.POLITICAL_SUPPORT;
        assertThat(support.reasonsOf("Ett miljöutskott följer upp målen två gånger per år."))
            .containsExactly("Politiska organ och återrapportering till politiken");
        assertThat(support.reasonsOf("Vi har ingen färdig plan ännu."))
            .containsExactly("Ingen plan ännu eller osäkert");
        assertThat(support.reasonsOf("Strategin har fått en egen rad i budgeten; \"klimatpotten\" finns kvar."))
            .containsExactly("Inarbetat i budget, verksamhetsplanering och styrning",
                    "Strategi eller plan som gäller framåt", "Egen personal eller egna medel");
        assertThat(support.reasonsOf("Arbetet förs över till energieffektiviseringsstödet."))
            .containsExactly("Fortsatt samarbete i nätverk eller stöd");
    }

    @Test
    void answersGroupedWithCountsOtherLastAndAQuoteEach() {
        List<OpenAnswer> answers = List.of(new OpenAnswer("Timrå", "Politiskt beslut att satsa på biogas."),
                new OpenAnswer("Avesta", "Politiskt beslut att satsa på biogas."),
                new OpenAnswer("Piteå", "Politikerna ville satsa på det som syns; \"belysning först\" blev parollen."),
                new OpenAnswer("Kalmar", "Ekonomiska skäl; effektivisering lönar sig och politikerna vill det."),
                new OpenAnswer("Örnsköldsvik", "Trygg värmeförsörjning blev viktigt efter ett långt elavbrott."),
                new OpenAnswer("Lerum", ""), new OpenAnswer("Sala", "  "));
        ReasonGroups.Result r = groups.group(answers);
        assertThat(r.answered()).isEqualTo(5);
        assertThat(r.severalReasons()).isEqualTo(1);
        assertThat(r.groups()).extracting(ReasonGroups.Group::label)
            .containsExactly(POLITICS, ECONOMY, ReasonGroups.OTHER);
        ReasonGroups.Group politics = r.groups().get(0);
        assertThat(politics.municipalities()).containsExactly("Timrå", "Avesta", "Piteå", "Kalmar");
        assertThat(politics.percent()).isEqualByComparingTo("80");
        // Groups are quoted largest first: politics takes the answer nearest a line's
        // length (Piteå), and economy quotes Kalmar, its only answer.
        assertThat(politics.quote().municipality()).isEqualTo("Piteå");
        assertThat(politics.quote().text()).contains("’belysning först’");
        assertThat(r.groups().get(1).quote().municipality()).isEqualTo("Kalmar");
        assertThat(r.other().municipalities()).containsExactly("Örnsköldsvik");
        assertThat(r.reasons()).hasSize(2);
    }

    @Test
    void whitespaceOfTheQuoteIsOneSpace() {
        ReasonGroups.Result r = groups
            .group(List.of(new OpenAnswer("Alingsås", "Näringslivet efterfrågade stöd.\nDärför blev det ett tema.")));
        assertThat(r.groups().get(0).label()).isEqualTo(OTHERS);
        assertThat(r.groups().get(0).quote().text())
            .isEqualTo("Näringslivet efterfrågade stöd. Därför blev det ett tema.");
    }

    @Test
    void noAnswersGiveNoGroups() {
        ReasonGroups.Result r = groups.group(List.of(new OpenAnswer("Sala", "")));
        assertThat(r.groups()).isEmpty();
        assertThat(r.other()).isNull();
        assertThat(r.answered()).isZero();
    }

}
