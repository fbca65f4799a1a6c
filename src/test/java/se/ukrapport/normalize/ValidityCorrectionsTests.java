package se.ukrapport.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;

class ValidityCorrectionsTests {

    private static final MunicipalityRegistry REGISTRY = new MunicipalityRegistry(
            List.of(new Municipality("1490", "Borås", "Storstad", true, false, 2),
                    new Municipality("1441", "Lerum", "Göteborg", false, false, 3)));

    /** Strategies by municipality → validity; records each correction made. */
    static final class InMemoryStrategies implements ValidityCorrections.StoredStrategies {

        final Map<String, String> validity = new LinkedHashMap<>();

        final List<String> corrected = new ArrayList<>();

        @Override
        public Optional<String> validity(String municipality) {
            return Optional.ofNullable(validity.get(municipality));
        }

        @Override
        public void correctValidity(long line, String municipality, String before, String value, String comment,
                String date) {
            validity.put(municipality, value);
            corrected.add(line + " " + municipality + " " + before + "→" + value + " (" + comment + ")");
        }

    }

    @TempDir
    Path input;

    private final InMemoryStrategies strategies = new InMemoryStrategies();

    private void corrections(String... lines) throws IOException {
        Files.writeString(input.resolve(CorrectionFile.FILE), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private int apply() {
        return new ValidityCorrections(REGISTRY, strategies).apply(input);
    }

    @Test
    void aStrategyLineSetsTheValidityPeriodWrittenWithAnEnDashAndSpaces() throws IOException {
        // given Borås's strategy says nothing of its period
        strategies.validity.put("Borås", "");
        corrections("kommun;kod;varde;kommentar", "borås;strategi;2009 – 2014;Står på omslaget");

        // when the corrections are applied
        int n = apply();

        // then the period is set in the form the tables use, with the line and comment
        assertThat(n).isEqualTo(1);
        assertThat(strategies.validity).containsEntry("Borås", "2009-2014");
        assertThat(strategies.corrected).containsExactly("2 Borås →2009-2014 (Står på omslaget)");
    }

    @Test
    void anOpenEndedPeriodIsAccepted() throws IOException {
        strategies.validity.put("Lerum", "2008-2012");
        corrections("kommun;kod;varde;kommentar", "Lerum;strategi;2004-;Gäller tills vidare");

        assertThat(apply()).isEqualTo(1);
        assertThat(strategies.validity).containsEntry("Lerum", "2004-");
    }

    @Test
    void surveyLinesAreLeftToTheSurveyCorrections() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Borås;q03;12;");

        assertThat(apply()).isZero();
        assertThat(strategies.corrected).isEmpty();
    }

    @Test
    void aPeriodThatIsNoPeriodNamesLineAndColumn() throws IOException {
        strategies.validity.put("Borås", "");
        corrections("kommun;kod;varde;kommentar", "Borås;strategi;fem år;");

        InputException e = catchThrowableOfType(InputException.class, this::apply);

        assertThat(e.getMessage()).contains(CorrectionFile.FILE).contains("2").contains("varde").contains("ÅÅÅÅ-ÅÅÅÅ");
        assertThat(strategies.corrected).isEmpty();
    }

    @Test
    void aMisspelledMunicipalityGetsASuggestion() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Lerumm;strategi;2009-2014;");

        InputException e = catchThrowableOfType(InputException.class, this::apply);

        assertThat(e.getMessage()).contains("Lerumm").contains("Lerum?");
    }

    @Test
    void aMunicipalityWithoutAStrategyDocumentIsAnError() throws IOException {
        corrections("kommun;kod;varde;kommentar", "Lerum;strategi;2009-2014;");

        InputException e = catchThrowableOfType(InputException.class, this::apply);

        assertThat(e.getMessage()).contains("matchar inget strategidokument").contains("Lerum");
    }

}
