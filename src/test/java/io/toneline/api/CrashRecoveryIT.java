package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.toneline.testing.PackagedService.command;
import static io.toneline.testing.PackagedService.freePort;
import static io.toneline.testing.PackagedService.start;

import io.restassured.path.json.JsonPath;
import io.toneline.testing.PostgresForTests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stops the packaged service (SIGKILL, or SIGTERM) while analyses are queued and running, starts it
 * again, and checks that every accepted analysis succeeds, exactly once, on H2 and on PostgreSQL.
 */
class CrashRecoveryIT {

    static final int JOBS = 24;

    /** Each run's database and logs, removed after it. */
    @TempDir
    Path data;

    static Stream<Arguments> stops() {
        Stream<Arguments> h2 = Stream.of(Arguments.of("h2", "SIGKILL"), Arguments.of("h2", "SIGTERM"));
        return PostgresForTests.url().isEmpty() ? h2 : Stream.concat(h2, Stream.of(Arguments.of("postgres", "SIGKILL")));
    }

    /**
     * SIGKILL: the leases of the dead instance run out and the jobs are taken again. SIGTERM: a graceful
     * stop finishes or puts back what it holds, so no job may end failed (a failed job stays failed).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stops")
    void aStopLosesNothingFailsNothingAndRunsNothingTwice(String store, String signal) throws Exception {
        int port = freePort();
        List<String> cmd = command(store, port, data);
        String base = "http://127.0.0.1:" + port;
        String article = Files.readString(Path.of("src/test/resources/articles/sanctions-to-talks.txt"));
        String run = "it-" + store + "-" + System.nanoTime();

        Process first = start(cmd, data.resolve("first.log"), base);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            ids.add(given().baseUri(base).contentType("text/plain").header("Prefer", "respond-async")
                    .header("Idempotency-Key", run + "-" + i).body(article + "\n\nEdition " + i + ".")
                    .when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id"));
        }
        // wait until a job is running (mid-analysis) while others still wait
        try {
            await().atMost(Duration.ofSeconds(12)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .untilAsserted(() -> {
                        Map<String, String> before = statuses(base, ids);
                        assertTrue(before.containsValue("running") && before.containsValue("queued"),
                                "states before: " + before);
                    });
        } catch (RuntimeException | AssertionError e) {
            first.destroyForcibly();
            throw e;
        }
        if (signal.equals("SIGKILL")) {
            first.destroyForcibly(); // no shutdown hooks, no clean-up
        } else {
            first.destroy(); // SIGTERM: Quarkus' graceful shutdown
        }
        first.waitFor();

        Process second = start(cmd, data.resolve("second.log"), base);
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                Map<String, String> now = statuses(base, ids);
                assertTrue(now.values().stream().allMatch(st -> st.equals("succeeded") || st.equals("failed")),
                        "after restart: " + now);
            });
            Map<String, String> after = statuses(base, ids);
            assertEquals(JOBS, after.size());
            assertTrue(after.values().stream().allMatch("succeeded"::equals), "after restart: " + after);
            // exactly once: one stored analysis per submission, each with one result
            int mine = 0;
            String cursor = "0";
            while (true) {
                JsonPath page = given().baseUri(base).queryParam("since", cursor).queryParam("limit", 1000)
                        .when().get("/v1/analyses").then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                if (items.isEmpty()) {
                    break;
                }
                for (Map<String, Object> item : items) {
                    if (String.valueOf(item.get("idempotencyKey")).startsWith(run + "-")) {
                        mine++;
                    }
                }
                cursor = page.getString("next");
            }
            assertEquals(JOBS, mine, "one stored analysis per submission");
            for (String id : ids) {
                JsonPath doc = given().baseUri(base).when().get("/v1/analyses/" + id).then().statusCode(200)
                        .extract().jsonPath();
                assertEquals(id, doc.getString("analysis.id"));
            }
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    static Stream<String> stores() {
        return stops().map(a -> (String) a.get()[0]).distinct();
    }

    /**
     * A 202 means the job is on disk: twenty submissions, a SIGKILL right after the last answer (no
     * pause for a background flush), and after the restart every acknowledged id is there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void everyAcknowledgedSubmissionSurvivesAKillRightAfterTheAnswer(String store) throws Exception {
        int port = freePort();
        List<String> cmd = command(store, port, data);
        String base = "http://127.0.0.1:" + port;
        String run = "ack-" + store + "-" + System.nanoTime();

        Process first = start(cmd, data.resolve("first.log"), base);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(given().baseUri(base).contentType("text/plain").header("Prefer", "respond-async")
                    .header("Idempotency-Key", run + "-" + i)
                    .body("Russia imposed new sanctions on Ukraine, edition " + i + ".")
                    .when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id"));
        }
        first.destroyForcibly();
        first.waitFor();

        Process second = start(cmd, data.resolve("second.log"), base);
        try {
            for (String id : ids) {
                given().baseUri(base).when().get("/v1/analyses/" + id).then().statusCode(200);
            }
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static Map<String, String> statuses(String base, List<String> ids) {
        Map<String, String> out = new HashMap<>();
        for (String id : ids) {
            out.put(id, given().baseUri(base).when().get("/v1/analyses/" + id).then().statusCode(200)
                    .extract().jsonPath().getString("status"));
        }
        return out;
    }
}
