package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A model directory whose model cannot be loaded: the service stays up, readiness says why, and no
 * work is accepted that could never run (synchronous or queued: 503, never 202).
 */
@QuarkusTest
@TestProfile(BrokenModelTest.Broken.class)
class BrokenModelTest {

    /** Points the service at a model file that is not TorchScript. */
    public static class Broken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("toneline.model.dir", "src/test/resources/broken-model", "toneline.model.ready-timeout", "2s");
        }
    }

    @Test
    void refusesWorkItCouldNeverDo() {
        given().when().get("/q/health/ready").then().statusCode(503).body("checks.find { it.name == 'tone-model' }.status",
                equalTo("DOWN"));
        given().contentType("text/plain").header("Prefer", "respond-async").body("Russia attacked Ukraine.")
                .when().post("/v1/analyses").then().statusCode(503).header("Retry-After", "10")
                .contentType("application/problem+json").body("detail", containsString("could not be loaded"));
        given().contentType("text/plain").body("Russia attacked Ukraine.")
                .when().post("/v1/analyses").then().statusCode(503).contentType("application/problem+json");
    }
}
