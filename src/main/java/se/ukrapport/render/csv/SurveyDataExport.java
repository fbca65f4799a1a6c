package se.ukrapport.render.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.EnergyBalance;
import se.ukrapport.domain.survey.NumberSummary;
import se.ukrapport.support.NumberFormats;
import se.ukrapport.domain.survey.ComparedNumber;
import se.ukrapport.domain.survey.ComparedShare;

/**
 * data/aggregat.csv, numeriska.csv and energi.csv, with the columns of
 * output-contract.md.
 */
public final class SurveyDataExport {

    public static final List<String> AGGREGAT = List.of("fraga", "kluster", "svar", "antal", "bas", "andel");

    public static final List<String> NUMERISKA = List.of("fraga", "kluster", "n", "median", "medel", "min", "max");

    public static final List<String> ENERGI = List.of("barare", "okning_mwh", "minskning_mwh", "skillnad_mwh",
            "antal_svar");

    private SurveyDataExport() {
    }

    public static void writeChoices(Path dataDir, List<ChoiceShare> shares) {
        List<List<String>> rows = new ArrayList<>();
        for (ChoiceShare s : shares) {
            rows.add(List.of(s.question(), s.cluster(), s.option(), Integer.toString(s.count()),
                    Integer.toString(s.base()), NumberFormats.csv(s.percent(), 1)));
        }
        CsvFileWriter.write(dataDir.resolve("aggregat.csv"), AGGREGAT, rows);
    }

    public static void writeNumbers(Path dataDir, List<NumberSummary> summaries) {
        List<List<String>> rows = new ArrayList<>();
        for (NumberSummary s : summaries) {
            rows.add(List.of(s.question(), s.cluster(), Integer.toString(s.n()), NumberFormats.csv(s.median(), 1),
                    NumberFormats.csv(s.mean(), 1), NumberFormats.csv(s.min(), 1), NumberFormats.csv(s.max(), 1)));
        }
        CsvFileWriter.write(dataDir.resolve("numeriska.csv"), NUMERISKA, rows);
    }

    public static final List<String> JAMFORELSE = List.of("fraga", "kluster", "svar", "ar", "antal", "bas", "andel");

    public static final List<String> JAMFORELSE_NUMERISKA = List.of("fraga", "kluster", "ar", "n", "median", "medel",
            "min", "max");

    /**
     * data/jamforelse.csv and jamforelse-numeriska.csv, written only when the input has
     * earlier years.
     */
    public static void writeComparison(Path dataDir, List<ComparedShare> shares, List<ComparedNumber> numbers) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparedShare c : shares) {
            ChoiceShare s = c.share();
            rows.add(List.of(s.question(), s.cluster(), s.option(), Integer.toString(c.year()),
                    Integer.toString(s.count()), Integer.toString(s.base()), NumberFormats.csv(s.percent(), 1)));
        }
        CsvFileWriter.write(dataDir.resolve("jamforelse.csv"), JAMFORELSE, rows);
        rows = new ArrayList<>();
        for (ComparedNumber c : numbers) {
            NumberSummary s = c.summary();
            rows.add(List.of(s.question(), s.cluster(), Integer.toString(c.year()), Integer.toString(s.n()),
                    NumberFormats.csv(s.median(), 1), NumberFormats.csv(s.mean(), 1), NumberFormats.csv(s.min(), 1),
                    NumberFormats.csv(s.max(), 1)));
        }
        CsvFileWriter.write(dataDir.resolve("jamforelse-numeriska.csv"), JAMFORELSE_NUMERISKA, rows);
    }

    public static void writeEnergy(Path dataDir, List<EnergyBalance> balances) {
        List<List<String>> rows = new ArrayList<>();
        for (EnergyBalance b : balances) {
            rows.add(List.of(b.carrier(), NumberFormats.csv(b.increaseMwh(), 1), NumberFormats.csv(b.decreaseMwh(), 1),
                    NumberFormats.csv(b.differenceMwh(), 1), Integer.toString(b.respondents())));
        }
        CsvFileWriter.write(dataDir.resolve("energi.csv"), ENERGI, rows);
    }

}
