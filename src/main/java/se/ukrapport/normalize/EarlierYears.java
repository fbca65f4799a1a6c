package se.ukrapport.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.EarlierCodebook;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.survey.SurveyRow;
import se.ukrapport.ingest.csv.EarlierCodebookReader;
import se.ukrapport.ingest.csv.EarlierSurveys;
import se.ukrapport.ingest.csv.SurveyFileReader;
import se.ukrapport.normalize.EarlierSurveyNormalizer.EarlierRespondent;

/**
 * Reads every earlier survey year of the input folder with its own codebook and turns it
 * into the report year's terms (input-formats.md, "Earlier years"). Each year's export is
 * checked as the report year's is; what cannot be read stops the run naming file, line
 * and column.
 */
public final class EarlierYears {

    /**
     * One earlier year as read: its codebook, export, rows and the respondents compared.
     */
    public record EarlierYear(EarlierCodebook codebook, String export, long rows, List<EarlierRespondent> respondents,
            List<Rejection> rejections) {
    }

    public List<EarlierYear> read(Path inputDir, int reportYear, Codebook reportCodebook,
            MunicipalityRegistry registry) {
        List<EarlierYear> out = new ArrayList<>();
        for (EarlierSurveys.EarlierSurvey survey : EarlierSurveys.find(inputDir, reportYear)) {
            EarlierCodebook codebook = new EarlierCodebookReader().read(inputDir, survey.year(), survey.codebook(),
                    reportCodebook);
            EarlierSurveyNormalizer normalizer = new EarlierSurveyNormalizer(codebook, registry, survey.export());
            List<EarlierRespondent> respondents = new ArrayList<>();
            SurveyFileReader reader = new SurveyFileReader(inputDir, survey.export(), codebook.codebook(),
                    survey.codebook());
            long rows = 0;
            try {
                reader.open(new ExecutionContext());
                for (SurveyRow row = reader.read(); row != null; row = reader.read()) {
                    rows++;
                    normalizer.process(row).ifPresent(respondents::add);
                }
            }
            finally {
                reader.close();
            }
            out.add(new EarlierYear(codebook, survey.export(), rows, respondents, normalizer.rejections()));
        }
        return out;
    }

}
