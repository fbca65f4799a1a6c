package se.ukrapport.normalize;

import java.nio.file.Path;
import java.util.Optional;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.csv.CsvRow;

/**
 * rattelser.csv lines with {@code kod = strategi} correct a strategy's validity period
 * ("2009-2014", "2004-"): the one field of a document the programme unit may need to fix
 * by hand, because a strategy often says it only on its cover.
 */
public final class ValidityCorrections {

    /** The code of rattelser.csv that addresses a strategy rather than a survey cell. */
    public static final String CODE = "strategi";

    /** The stored strategies a validity correction changes. */
    public interface StoredStrategies {

        /**
         * The municipality's strategy's validity period ("" if none); empty if it has no
         * strategy.
         */
        Optional<String> validity(String municipality);

        void correctValidity(long line, String municipality, String before, String validity, String comment,
                String date);

    }

    private final MunicipalityRegistry registry;

    private final StoredStrategies strategies;

    public ValidityCorrections(MunicipalityRegistry registry, StoredStrategies strategies) {
        this.registry = registry;
        this.strategies = strategies;
    }

    /** Applies every strategy line of rattelser.csv; returns how many. */
    public int apply(Path input) {
        int applied = 0;
        for (CsvRow row : CorrectionFile.lines(input, CorrectionFile::isStrategyCode)) {
            String value = row.get("varde").replace('\u2013', '-').replaceAll("\\s+", "");
            if (!value.matches("\\d{4}-(\\d{4})?")) {
                throw new InputException(CorrectionFile.FILE, row.line(), "varde",
                        "en rättelse av strategi anger giltighetstiden som ÅÅÅÅ-ÅÅÅÅ eller ÅÅÅÅ-, inte \""
                                + row.get("varde") + "\"");
            }
            String municipality = CorrectionFile.municipality(row, registry).name();
            String before = strategies.validity(municipality)
                .orElseThrow(() -> new InputException(CorrectionFile.FILE, row.line(), "kommun",
                        "rättelsen matchar inget strategidokument: " + municipality + " har inget i strategier/"));
            strategies.correctValidity(row.line(), municipality, before, value, row.get("kommentar"), row.get("datum"));
            applied++;
        }
        return applied;
    }

}
