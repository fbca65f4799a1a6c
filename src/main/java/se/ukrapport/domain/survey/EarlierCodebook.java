package se.ukrapport.domain.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An earlier year's codebook ({@code enkat/kodbok-<year>.csv}) with how its columns map
 * onto the report year's: {@code motsvarar}, and for single and scale columns each
 * earlier option value's report-year option value.
 *
 * @param counterparts earlier code → report-year code, for the compared columns
 * @param optionValues earlier code → earlier option value → report-year option value
 */
public record EarlierCodebook(int year, String file, Codebook codebook, Map<String, String> counterparts,
        Map<String, Map<String, String>> optionValues) {

    public EarlierCodebook {
        counterparts = Map.copyOf(counterparts);
        optionValues = Map.copyOf(optionValues);
    }

    /** The report-year code an earlier column is compared with, if any. */
    public Optional<String> counterpart(String earlierCode) {
        return Optional.ofNullable(counterparts.get(earlierCode));
    }

    /**
     * The mappings as rows for the data-quality appendix: earlier code, report-year code,
     * in codebook order.
     */
    public List<Map.Entry<String, String>> mappings() {
        return codebook.columns()
            .stream()
            .filter(c -> counterparts.containsKey(c.code()))
            .map(c -> Map.entry(c.code(), counterparts.get(c.code())))
            .toList();
    }
}
