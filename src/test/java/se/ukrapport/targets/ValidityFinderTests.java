package se.ukrapport.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidityFinderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Strategin gäller 2011–2016.|2011-2016", "Giltighetstid: 2012-2018|2012-2018",
            "Planen avser perioden 2010 till 2015.|2010-2015", "Programmet gäller för åren 2009 − 2013.|2009-2013",
            "Denna strategi är giltig 2008–2012.|2008-2012", "Strategin gäller från 2005 och tills vidare.|2005-",
            "Planen gäller fr.o.m. 2007 och tills vidare.|2007-", "Period: 2014–2020|2014-2020",
            "Kommunen hade 2004 omkring 30 000 invånare.|''", "Målen nedan gäller för strategiperioden.|''" })
    void findsValidityLines(String line, String expected) {
        assertThat(ValidityFinder.find(List.of("Inledning", line))).isEqualTo(expected);
    }

}
