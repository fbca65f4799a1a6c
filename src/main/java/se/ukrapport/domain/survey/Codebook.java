package se.ukrapport.domain.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The survey codebook: columns in codebook order, looked up by code case-insensitively.
 */
public final class Codebook {

    private final List<CodebookColumn> columns;

    private final Map<String, CodebookColumn> byCode = new LinkedHashMap<>();

    public Codebook(List<CodebookColumn> columns) {
        this.columns = List.copyOf(columns);
        for (CodebookColumn c : columns) {
            byCode.put(key(c.code()), c);
        }
    }

    static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    public List<CodebookColumn> columns() {
        return columns;
    }

    /**
     * "; menade du q36_…?" for a code that is none of the codebook's but one typo from
     * one; "" otherwise.
     */
    public String suggestion(String code) {
        return se.ukrapport.domain.ClosestName.suggestion(code, columns().stream().map(CodebookColumn::code).toList(),
                c -> c.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public Optional<CodebookColumn> column(String code) {
        return Optional.ofNullable(byCode.get(key(code)));
    }

    public List<CodebookColumn> ofType(ColumnType type) {
        List<CodebookColumn> out = new ArrayList<>();
        for (CodebookColumn c : columns) {
            if (c.type() == type) {
                out.add(c);
            }
        }
        return out;
    }

    /** The column that names the municipality (typ {@code kommun}). */
    public CodebookColumn municipalityColumn() {
        return ofType(ColumnType.KOMMUN).get(0);
    }

    public Optional<CodebookColumn> idColumn() {
        return ofType(ColumnType.ID).stream().findFirst();
    }

    /**
     * Energy carriers in codebook order (the {@code alternativ} of each energy column).
     */
    public List<String> energyCarriers() {
        LinkedHashSet<String> carriers = new LinkedHashSet<>();
        for (CodebookColumn c : ofType(ColumnType.ENERGY)) {
            carriers.add(c.label());
        }
        return List.copyOf(carriers);
    }

    /** {@code multi} questions: question code → its option columns, in codebook order. */
    public Map<String, List<CodebookColumn>> multiQuestions() {
        Map<String, List<CodebookColumn>> out = new LinkedHashMap<>();
        for (CodebookColumn c : ofType(ColumnType.MULTI)) {
            out.computeIfAbsent(c.questionCode(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

}
