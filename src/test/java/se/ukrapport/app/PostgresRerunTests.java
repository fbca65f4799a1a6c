package se.ukrapport.app;

import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same re-run scenarios with the job repository and run history in PostgreSQL. .ci/run starts
 * a real server on localhost and sets UK_RAPPORT_PG_URL (and _USER, _PASSWORD); elsewhere skipped.
 */
@EnabledIfEnvironmentVariable(named = "UK_RAPPORT_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresRerunTests extends RerunScenarios {

    @Override
    List<String> repositoryArgs() {
        return List.of("--spring.datasource.url=" + System.getenv("UK_RAPPORT_PG_URL"),
                "--spring.datasource.username=" + System.getenv().getOrDefault("UK_RAPPORT_PG_USER", "ukrapport"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("UK_RAPPORT_PG_PASSWORD", "ukrapport"));
    }
}
