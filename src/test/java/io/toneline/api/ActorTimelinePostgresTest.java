package io.toneline.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.toneline.testing.PostgresForTests;

import org.junit.jupiter.api.extension.ExtendWith;

/** The same actor timelines on a real PostgreSQL server (the test script starts one). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@ExtendWith(PostgresForTests.class)
class ActorTimelinePostgresTest extends ActorTimelineTest {}
