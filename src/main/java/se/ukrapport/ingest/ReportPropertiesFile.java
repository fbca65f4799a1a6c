package se.ukrapport.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;

import se.ukrapport.domain.InputException;
import se.ukrapport.domain.ReportProperties;

/** Reads and checks report.properties. */
public final class ReportPropertiesFile {

    public static final String FILE = ReportProperties.FILE;

    private ReportPropertiesFile() {
    }

    public static ReportProperties read(Path inputDir) {
        Path file = inputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InputException(FILE, null, null, "filen saknas i indatamappen " + inputDir);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(TextEncoding.readString(file)));
        }
        catch (IOException | IllegalArgumentException e) {
            throw new InputException(FILE, null, null, "filen kan inte läsas: " + e.getMessage(), e);
        }
        String yearText = p.getProperty("year", "").strip();
        int year;
        try {
            year = Integer.parseInt(yearText);
        }
        catch (NumberFormatException e) {
            throw new InputException(FILE, null, "year", yearText.isEmpty() ? "rapportåret (year=) saknas"
                    : "rapportåret \"" + yearText + "\" är inte ett årtal");
        }
        String dateText = p.getProperty("datum", "").strip();
        LocalDate date = null;
        if (!dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            }
            catch (DateTimeParseException e) {
                throw new InputException(FILE, null, "datum", "datumet \"" + dateText + "\" ska skrivas ÅÅÅÅ-MM-DD");
            }
        }
        return new ReportProperties(p.getProperty("title", "").strip(), year, p.getProperty("period", "").strip(),
                p.getProperty("unit", "").strip(), date);
    }

}
