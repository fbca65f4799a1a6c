package se.ukrapport.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.ukrapport.domain.grants.GrantFigure;
import se.ukrapport.domain.grants.GrantTargetSummary;
import se.ukrapport.domain.survey.ChoiceShare;
import se.ukrapport.domain.survey.ComparedNumber;
import se.ukrapport.domain.survey.ComparedShare;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CrossCount;
import se.ukrapport.domain.survey.EnergyBalance;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.NumberSummary;
import se.ukrapport.domain.survey.OpenAnswer;
import se.ukrapport.domain.survey.UnitNote;
import se.ukrapport.domain.survey.YearMapping;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.domain.targets.StrategyRow;

/**
 * Everything the report says, computed once per job execution from the stored input: the
 * survey aggregated per cluster, the open answers, the data-quality findings, the targets
 * and the grant figures. Immutable, so the Word and PDF steps can share one, and
 * rendering never reaches the store.
 *
 * @param respondentsWithAny multi question → respondents who ticked at least one of its
 * options
 * @param numberValues number or energy column → its usable values, sorted
 * @param crossTabs {@link #crossTabKey} of a single/scale and a number column → counts
 * @param openAnswers text column → the non-empty answers
 * @param openAnswersOfAll text column → every respondent with its answer ("" where none)
 * @param comparedShares data/jamforelse.csv: report year and earlier years, empty without
 * earlier years
 * @param comparedNumbers data/jamforelse-numeriska.csv
 * @param yearMappings the earlier years' columns compared, with their report-year codes
 * @param grantSummaries data/ees-mal.csv: the grant targets per group, key figure and
 * year
 */
public record ReportFigures(ReportProperties meta, MunicipalityRegistry registry, Codebook codebook, int respondents,
        List<ChoiceShare> choices, List<NumberSummary> numbers, List<EnergyBalance> energy,
        Map<String, Integer> respondentsWithAny, Map<String, List<BigDecimal>> numberValues,
        Map<String, List<CrossCount>> crossTabs, Map<String, List<OpenAnswer>> openAnswers,
        Map<String, List<OpenAnswer>> openAnswersOfAll, List<UnitNote> unitNotes, List<CorrectionRow> corrections,
        List<Rejection> rejections, List<MunicipalTarget> targets, List<StrategyRow> strategies,
        List<GrantFigure> memberGrantFigures, List<ComparedShare> comparedShares, List<ComparedNumber> comparedNumbers,
        List<YearMapping> yearMappings, List<GrantTargetSummary> grantSummaries) {

    public ReportFigures {
        choices = List.copyOf(choices);
        numbers = List.copyOf(numbers);
        energy = List.copyOf(energy);
        respondentsWithAny = Map.copyOf(respondentsWithAny);
        numberValues = Map.copyOf(numberValues);
        crossTabs = Map.copyOf(crossTabs);
        openAnswers = Map.copyOf(openAnswers);
        openAnswersOfAll = Map.copyOf(openAnswersOfAll);
        unitNotes = List.copyOf(unitNotes);
        corrections = List.copyOf(corrections);
        rejections = List.copyOf(rejections);
        targets = List.copyOf(targets);
        strategies = List.copyOf(strategies);
        memberGrantFigures = List.copyOf(memberGrantFigures);
        comparedShares = List.copyOf(comparedShares);
        comparedNumbers = List.copyOf(comparedNumbers);
        yearMappings = List.copyOf(yearMappings);
        grantSummaries = List.copyOf(grantSummaries);
    }

    /**
     * The key of {@link #crossTabs} for an option column crossed with a number column.
     */
    public static String crossTabKey(String optionCode, String numberCode) {
        return optionCode + "×" + numberCode;
    }
}
