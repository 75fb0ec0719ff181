package io.toneline.jobs;

import io.toneline.testing.PostgresForTests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases for store tests: a fresh in-memory H2, and the PostgreSQL server named by
 * {@code TONELINE_TEST_PG_URL} (set by .ci/run, which installs and starts PostgreSQL 15). Without
 * that variable the PostgreSQL cases are skipped, unless {@code TONELINE_REQUIRE_PG=1} makes a
 * missing server a failure (as in CI).
 */
final class Databases {

    private Databases() {}

    static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        kinds.add("postgresql");
        return kinds;
    }

    /** @return the PostgreSQL JDBC URL for tests, or null */
    static String postgresUrl() {
        return PostgresForTests.url().orElse(null);
    }

    /**
     * @param kind h2 or postgresql
     * @return a migrated, empty database
     */
    static DataSource fresh(String kind) throws SQLException {
        return fresh(kind, null);
    }

    /**
     * @param kind h2 or postgresql
     * @param target the migration version to stop at, or null for all
     * @return an empty database migrated up to that version
     */
    static DataSource fresh(String kind, String target) throws SQLException {
        DataSource ds;
        if (kind.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            ds = h2;
        } else {
            String url = postgresUrl();
            Assumptions.assumeTrue(url != null, PostgresForTests.MISSING);
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(System.getenv().getOrDefault("TONELINE_TEST_PG_USER", "toneline"));
            pg.setPassword(System.getenv().getOrDefault("TONELINE_TEST_PG_PASSWORD", "toneline"));
            // each test gets its own schema, so tests never see each other's rows
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = pg.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            pg.setCurrentSchema(schema);
            ds = pg;
        }
        var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
        return ds;
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }
}
