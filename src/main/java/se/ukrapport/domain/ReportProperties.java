package se.ukrapport.domain;

import java.time.LocalDate;

/** report.properties: the report's title, year, period, unit and date. */
public record ReportProperties(String title, int year, String period, String unit, LocalDate date) {

    public static final String FILE = "report.properties";

}
