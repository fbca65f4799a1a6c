package se.ukrapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The kept collation keys order names exactly as the Swedish collator does. */
class SwedishOrderTests {

    private static final List<String> NAMES = List.of("Örebro", "Åre", "Ale", "Älmhult", "Zinkgruvan", "Upplands Väsby",
            "Upplands-Bro", "ale", "Ånge", "Östra Göinge", "Öckerö", "Vårgårda", "Varberg", "Waxholm", "Eda", "Ede",
            "Ödeshög", "Malå", "Mala", "", "Å", "Lilla Edet", "Lidköping", "Östhammar", "Älvkarleby", "Älvdalen");

    @Test
    void ordersNamesAsTheSwedishCollator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        List<String> expected = new ArrayList<>(NAMES);
        expected.sort(collator);
        List<String> actual = new ArrayList<>(NAMES);
        SwedishOrder order = new SwedishOrder();
        actual.sort(order);
        assertThat(actual).containsExactlyElementsOf(expected);
        // and again from the kept keys
        List<String> again = new ArrayList<>(NAMES);
        java.util.Collections.reverse(again);
        again.sort(order);
        assertThat(again).containsExactlyElementsOf(expected);
        for (String a : NAMES) {
            for (String b : NAMES) {
                assertThat(Integer.signum(order.compare(a, b))).as(a + " / " + b)
                    .isEqualTo(Integer.signum(collator.compare(a, b)));
            }
        }
    }

    @Test
    void putsÅÄÖAfterZ() {
        List<String> names = new ArrayList<>(List.of("Örebro", "Älmhult", "Åre", "Zinkgruvan"));
        names.sort(new SwedishOrder());
        assertThat(names).containsExactly("Zinkgruvan", "Åre", "Älmhult", "Örebro");
    }

}
