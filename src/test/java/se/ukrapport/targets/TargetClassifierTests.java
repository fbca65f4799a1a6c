package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetClassifierTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Klimatpåverkande gaser från kommunen ska minska med 30 %.|CO2-mål",
            "Utsläppen från fossila bränslen ska halveras.|CO2-mål",
            "Nya bilar ska i snitt släppa ut högst 95 g CO2/km.|CO2-mål",
            "Användningen av eldningsolja ska minska med 80 %.|övriga mål",
            "Elen och oljan i skolorna ska minska med 10 %.|övriga mål",
            "Andelen förnybar energi ska vara 60 % år 2020.|övriga mål",
            "Vindkraften ska producera 100 GWh per år.|övriga mål", "Antalet cykelresor ska öka med 20 %.|övriga mål",
            "Skolorna ska ha en energianvändning under 90 kWh/m² år 2016.|kWh-mål",
            "Elanvändningen ska inte överstiga 150 000 MWh år 2012.|kWh-mål",
            "Småhus med mer än 15 000 kWh el per år ska minska sin elanvändning med 15 %.|procentmål",
            "Energianvändningen i hemtjänstens lokaler ska minska med 10 %.|procentmål",
            "Värmeanvändningen ska halveras till 2030.|procentmål",
            "Elen ska minska kontinuerligt jämfört med 2006.|procentmål" })
    void appliesTheRulesInOrder(String sentence, String label) {
        assertThat(TargetClassifier.classify(sentence).label()).isEqualTo(label);
    }

}
