package io.toneline.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Runs the application on the PostgreSQL server named by TONELINE_TEST_PG_URL instead of H2. */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "toneline.jobs.datasource", "postgresql",
                "quarkus.datasource.h2.active", "false",
                "quarkus.datasource.postgresql.active", "true",
                "quarkus.datasource.postgresql.jdbc.url", System.getenv().getOrDefault("TONELINE_TEST_PG_URL", ""));
    }
}
