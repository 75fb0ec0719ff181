package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A full queue answers 429 with Retry-After instead of growing. */
@QuarkusTest
@TestProfile(BackPressureTest.TinyQueue.class)
class BackPressureTest {

    /** No workers and room for three queued analyses. */
    public static class TinyQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("toneline.jobs.workers", "0", "toneline.jobs.max-queued", "3",
                    "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:backpressure;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void aFullQueueAnswers429() {
        for (int i = 0; i < 3; i++) {
            given().contentType("text/plain").header("Prefer", "respond-async").body("France and Spain, take " + i)
                    .when().post("/v1/analyses").then().statusCode(202);
        }
        given().contentType("text/plain").header("Prefer", "respond-async").body("France and Spain, once more")
                .when().post("/v1/analyses")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("queue"));
        // synchronous analyses do not queue, so they still work
        given().contentType("text/plain").body("France and Spain signed a treaty.")
                .when().post("/v1/analyses").then().statusCode(200);
    }
}
