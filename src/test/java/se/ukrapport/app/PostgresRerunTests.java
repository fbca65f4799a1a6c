package se.ukrapport.app;

import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same re-run scenarios with the job repository and run history in PostgreSQL.
 * .ci/run starts a real server on localhost and sets UK_RAPPORT_PG_URL (and _USER,
 * _PASSWORD); elsewhere skipped.
 */
@EnabledIfEnvironmentVariable(named = "UK_RAPPORT_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresRerunTests extends RerunScenarios {

    private String schema;

    /**
     * Each test gets a schema of its own, so runs left by earlier tests or CI runs do not
     * interfere.
     */
    @Override
    List<String> repositoryArgs() {
        if (schema == null) {
            schema = "prov_" + Long.toHexString(System.nanoTime());
            try (var con = java.sql.DriverManager.getConnection(System.getenv("UK_RAPPORT_PG_URL"), user(), password());
                    var st = con.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        String url = System.getenv("UK_RAPPORT_PG_URL");
        return List.of("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password());
    }

    private static String user() {
        return System.getenv().getOrDefault("UK_RAPPORT_PG_USER", "ukrapport");
    }

    private static String password() {
        return System.getenv().getOrDefault("UK_RAPPORT_PG_PASSWORD", "ukrapport");
    }

}
