package io.toneline.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.toneline.testing.PostgresForTests;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same stored-analysis behaviour on a real PostgreSQL server (src/scripts/test.sh and .ci/run
 * install and start one and set TONELINE_TEST_PG_URL).
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@ExtendWith(PostgresForTests.class)
class StoredAnalysesPostgresTest extends StoredAnalysesTest {}
