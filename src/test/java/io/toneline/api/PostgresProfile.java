package io.toneline.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.toneline.testing.PostgresForTests;

import java.util.Map;

/**
 * Runs the application on the PostgreSQL server named by TONELINE_TEST_PG_URL instead of H2. Classes
 * using it also carry {@code @ExtendWith(PostgresForTests.class)}, which skips them before Quarkus starts
 * when no server is configured (Quarkus builds the profile at discovery all the same, so it never fails here).
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "toneline.jobs.datasource", "postgresql",
                "quarkus.datasource.h2.active", "false",
                "quarkus.datasource.postgresql.active", "true",
                "quarkus.datasource.postgresql.jdbc.url", PostgresForTests.configured().orElse(""));
    }
}
