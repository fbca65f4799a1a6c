package se.ukrapport.domain.survey;

/**
 * An earlier year's column compared with a report-year column (motsvarar in
 * kodbok-&lt;year&gt;.csv).
 */
public record YearMapping(int year, String earlierCode, String code) {
}
