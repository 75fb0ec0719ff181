package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With {@code toneline.http.cors-origins} set, Quarkus' CORS filter answers preflights for the listed
 * origins, their JSON writes go through, and their text/plain or form writes are still refused. (Its own
 * surefire execution: a test profile restarts Quarkus, which DJL's native libraries allow once per JVM.)
 */
@QuarkusTest
@TestProfile(CorsOriginsTest.Trusted.class)
class CorsOriginsTest {

    private static final String TRUSTED = "https://newsroom.example";

    /** One trusted origin. */
    public static class Trusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("toneline.http.cors-origins", TRUSTED + ",http://localhost:3000");
        }
    }

    @Test
    void preflightsOfTrustedOriginsAreAnswered() {
        given().header("Origin", TRUSTED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .when().options("/v1/analyses").then().statusCode(200)
                .header("Access-Control-Allow-Origin", TRUSTED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("idempotency-key"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                .header("Access-Control-Expose-Headers", containsString("Location"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/v1/analyses").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Origin                 | Content-Type                      | status | detail
        "https://newsroom.example | application/json                  | 400    | text is empty",
        "http://localhost:3000    | application/json                  | 400    | text is empty",
        "https://newsroom.example | text/plain                        | 403    | send application/json",
        "https://newsroom.example | application/x-www-form-urlencoded | 403    | send application/json",
        "https://evil.example     | application/json                  | 403    | toneline.http.cors-origins"})
    void trustedOriginsWriteJsonOnly(String origin, String type, int status, String detail) {
        // an empty JSON body is refused by the resource (400), which shows the request got past the guard
        given().header("Origin", origin).header("Sec-Fetch-Site", "cross-site").header("Content-Type", type)
                .body(type.equals("application/json") ? "{}" : "text=Russia")
                .when().post("/v1/analyses").then().statusCode(status)
                .contentType(startsWith("application/problem+json")).body("detail", containsString(detail));
    }
}
