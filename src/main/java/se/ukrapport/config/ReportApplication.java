package se.ukrapport.config;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application: auto-configuration (data source, job repository,
 * transactions) and the batch wiring of this package. Started by {@code app.UkRapport},
 * which owns the command line.
 */
@SpringBootApplication
public class ReportApplication {

}
