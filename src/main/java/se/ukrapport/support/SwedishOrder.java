package se.ukrapport.support;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names in Swedish alphabetical order (Å, Ä, Ö after Z), as the Swedish collator orders
 * them. Each name's collation key is made once and kept: sorting thousands of
 * municipalities' answers and targets compared the same names through the collator again
 * and again (a tenth of the report model's time at 2 900 municipalities). Keep one
 * instance per report, since it holds a key for every name it has compared.
 */
public final class SwedishOrder implements Comparator<String> {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final Collator collator = Collator.getInstance(SWEDISH);

    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    @Override
    public int compare(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private CollationKey key(String name) {
        return keys.computeIfAbsent(name, collator::getCollationKey);
    }

}
