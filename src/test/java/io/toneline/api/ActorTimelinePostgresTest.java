package io.toneline.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same actor timelines on a real PostgreSQL server (the test script starts one). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = "TONELINE_TEST_PG_URL", matches = ".+")
class ActorTimelinePostgresTest extends ActorTimelineTest {}
