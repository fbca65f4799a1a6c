package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ukrapport.domain.targets.TargetCategory;

class TargetFieldParserTests {

    private static TargetFields parse(String s, TargetCategory c) {
        return TargetFieldParser.parse(s, c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "Värmeförbrukningen i skolorna ska sänkas med 12 % till 2018.|12",
                    "Elanvändningen ska minska med 7,5 procent före 2016.|7.5",
                    "Bilresorna i tjänsten ska minska med tjugo procent.|20",
                    "Utsläppen ska minska med tjugofem procent till 2030.|25",
                    "Oljeanvändningen ska halveras till 2015.|50", "Antalet laddstolpar ska fördubblas till 2020.|100",
                    "Andelen biogas i bussarna ska gå från 5 % år 2009 till minst 60 % år 2014.|60",
                    "Solelproduktionen ska öka från 1 procent till 10 procent.|10" })
    void readsTheTargetShare(String sentence, String expected) {
        assertThat(parse(sentence, TargetCategory.OTHER).sharePercent()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void noShareWithoutPercentage() {
        assertThat(parse("Senast 2014 ska all gatubelysning bytas till LED.", TargetCategory.OTHER).sharePercent())
            .isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Energin till skolorna ska reduceras med 10 % till 2015.|minska",
            "Värmeanvändningen ska ha sänkts med 5 % år 2012.|minska",
            "Fjärrvärmeförbrukningen ska 2016 vara 8 % lägre än 2006.|minska",
            "Elen ska vara lägre år 2013 än år 2003.|minska", "Antalet cyklister ska växa med 20 % till 2018.|öka",
            "Produktionen av solel ska höjas kraftigt till 2020.|öka",
            "Biogasproduktionen ska fördubblas före 2016.|öka",
            "Genom ökad användning av biogas ska utsläppen minska med 10 %.|minska",
            "Energianvändningen ska vara högst 100 kWh/m2 år 2015.|''",
            "Senast 2015 ska inga oljepannor finnas kvar.|''",
            "Kommunen ska ha installerat 20 solcellsanläggningar till 2016.|''",
            "År 2014 ska energianvändningen understiga 110 kWh/m².|''" })
    void readsTheDirection(String sentence, String expected) {
        assertThat(parse(sentence, TargetCategory.PERCENT).direction()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "Elen ska minska med 10 % till 2015 jämfört med 2006.|2006|2015",
                    "Energin ska minska med 10 % från 2004 års nivå till 2014.|2004|2014",
                    "Värmen ska minska med 20 %, räknat från 2008, till år 2016.|2008|2016",
                    "Elanvändningen ska minska med 12 % (2008–2020).|2008|2020",
                    "Energin ska minska med 15 % med basåret 2007 senast år 2015.|2007|2015",
                    "Under perioden 2008−2012 ska utsläppen vara 4 % lägre än 1990.|1990|2012",
                    "Från 2003 till 2011 ska elen minska med 9 %.|2003|2011",
                    "Elen ska minska med 9 % mellan 2001 och 2009.|2001|2009",
                    "Energin ska minska med 5 % t.o.m. 2014 jämfört med 2009.|2009|2014",
                    "År 2010 ska elanvändningen ha minskat med 3 % jämfört med år 2005.|2005|2010" })
    void readsBaseAndTargetYears(String sentence, int base, int target) {
        TargetFields f = parse(sentence, TargetCategory.PERCENT);
        assertThat(f.baseYear()).isEqualTo(base);
        assertThat(f.targetYear()).isEqualTo(target);
    }

    @Test
    void co2TargetWithoutBaseYearIsMeasuredFrom1990() {
        TargetFields f = parse("Växthusgasutsläppen ska minska med 30 % till 2025.", TargetCategory.CO2);
        assertThat(f.baseYear()).isEqualTo(1990);
        assertThat(f.targetYear()).isEqualTo(2025);
    }

    @Test
    void otherCategoriesWithoutBaseYearStayEmpty() {
        TargetFields f = parse("Elanvändningen ska minska kontinuerligt.", TargetCategory.PERCENT);
        assertThat(f.baseYear()).isNull();
        assertThat(f.targetYear()).isNull();
    }

    @Test
    void energyAmountsAreNotYears() {
        TargetFields f = parse("Elanvändningen ska minska med 2000 MWh till 2015.", TargetCategory.KWH);
        assertThat(f.targetYear()).isEqualTo(2015);
        assertThat(f.baseYear()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Elen i kommunens skolor ska minska med 10 %.|egen verksamhet",
            "De kommunala fastigheterna ska värmas förnybart.|egen verksamhet",
            "Kommunkoncernens energi ska minska med 5 %.|egen verksamhet",
            "Alla tjänstebilar ska vara miljöbilar.|egen verksamhet",
            "Energin per invånare i kommunen och i kommunens egna lokaler ska minska.|egen verksamhet",
            "Utsläppen i kommunen ska minska med 20 %.|geografiskt område",
            "Hushållens elanvändning ska minska med 10 %.|geografiskt område",
            "Utsläppen från industrin ska halveras.|geografiskt område", "Koldioxidutsläppen ska minska med 5 %.|''" })
    void readsTheScope(String sentence, String expected) {
        assertThat(parse(sentence, TargetCategory.OTHER).scope()).isEqualTo(expected);
    }

}
