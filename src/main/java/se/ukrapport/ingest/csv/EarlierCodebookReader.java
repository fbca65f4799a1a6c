package se.ukrapport.ingest.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.AnswerOption;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.survey.CodebookColumns;
import se.ukrapport.domain.survey.ColumnType;
import se.ukrapport.domain.survey.EarlierCodebook;

/**
 * Reads an earlier year's codebook: the columns of kodbok.csv plus {@code motsvarar}, the
 * report-year code a column is compared with. A compared single or scale column's options
 * are matched to the report year's by label (case and extra whitespace aside), or by the
 * text after {@code >} where the earlier year worded an option differently
 * ({@code 3=Varken bra eller
 * dåligt>Varken eller}). What cannot be matched stops the run naming file, line and
 * column.
 */
public final class EarlierCodebookReader {

    private static final List<ColumnType> COMPARED = List.of(ColumnType.SINGLE, ColumnType.SCALE, ColumnType.MULTI,
            ColumnType.NUMBER);

    public EarlierCodebook read(Path inputDir, int year, String file, Codebook reportYear) {
        List<CodebookColumn> columns = new ArrayList<>();
        Map<String, String> counterparts = new LinkedHashMap<>();
        Map<String, Map<String, String>> optionValues = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, Long> namedBy = new HashMap<>();
        try (CsvTable table = CsvTable.open(inputDir.resolve(file), file)) {
            table.require("kod", "fraga", "typ", "alternativ", "enhet", "kapitel", "motsvarar");
            for (CsvRow row : table) {
                String code = CodebookFileReader.uniqueCode(file, row, seen);
                Map<String, String> targets = new LinkedHashMap<>();
                String alternativ = withoutTargets(row.get("alternativ"), targets);
                CodebookColumn column = CodebookColumns.parse(file, row.line(),
                        f -> f.equals("alternativ") ? alternativ : row.get(f));
                columns.add(column);
                String reportCode = row.get("motsvarar");
                if (reportCode.isEmpty() || !COMPARED.contains(column.type())) {
                    continue;
                }
                CodebookColumn target = reportYear.column(reportCode)
                    .orElseThrow(() -> new InputException(file, row.line(), "motsvarar", "\"" + reportCode
                            + "\" är ingen kolumn i rapportårets kodbok (" + CodebookFileReader.FILE + ")"));
                if (target.type() != column.type()) {
                    throw new InputException(file, row.line(), "motsvarar",
                            code + " har typ " + column.type().code() + " men " + target.code() + " har typ "
                                    + target.type().code() + "; en kolumn jämförs bara med en av samma typ");
                }
                Long other = namedBy.putIfAbsent(target.code(), row.line());
                if (other != null) {
                    throw new InputException(file, row.line(), "motsvarar", target.code()
                            + " är redan motsvarighet till kolumnen på rad " + other + "; en kolumn per år och fråga");
                }
                counterparts.put(column.code(), target.code());
                if (column.type().hasOptions()) {
                    optionValues.put(column.code(), matchOptions(file, row.line(), column, target, targets));
                }
            }
        }
        CodebookFileReader.requireOneMunicipalityColumn(file, columns);
        return new EarlierCodebook(year, file, new Codebook(columns), counterparts, optionValues);
    }

    /**
     * "1=Ja|2=Kanske>Vet ej" → "1=Ja|2=Kanske", noting 2 → "Vet ej" in {@code targets}.
     */
    static String withoutTargets(String alternativ, Map<String, String> targets) {
        if (!alternativ.contains(">")) {
            return alternativ;
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : alternativ.split("\\|", -1)) {
            int gt = pair.indexOf('>');
            int eq = pair.indexOf('=');
            if (gt > eq && eq > 0) {
                targets.put(pair.substring(0, eq).strip(), pair.substring(gt + 1).strip());
                pairs.add(pair.substring(0, gt));
            }
            else {
                pairs.add(pair);
            }
        }
        return String.join("|", pairs);
    }

    private static Map<String, String> matchOptions(String file, long line, CodebookColumn column,
            CodebookColumn target, Map<String, String> targets) {
        Map<String, String> out = new HashMap<>();
        for (AnswerOption o : column.options()) {
            String wanted = targets.getOrDefault(o.value(), o.label());
            Optional<AnswerOption> match = target.options()
                .stream()
                .filter(t -> fold(t.label()).equals(fold(wanted)))
                .findFirst();
            if (match.isEmpty()) {
                throw new InputException(file, line, "alternativ",
                        "alternativet " + o.value() + "=\"" + wanted + "\" för " + column.code()
                                + " motsvarar inget svarsalternativ för " + target.code()
                                + " i rapportårets kodbok; skriv värde=etikett>rapportårets etikett");
            }
            out.put(o.value(), match.get().value());
        }
        return out;
    }

    private static String fold(String s) {
        return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

}
