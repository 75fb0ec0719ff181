package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

import java.util.Collections;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The reproducers of malformed and hostile requests: each gets a fast 4xx problem document that
 * names what is wrong, never a 500, an empty body or minutes of work.
 */
@QuarkusTest
class HostileRequestsTest {

    @TestHTTPResource("/")
    java.net.URL root;

    private int port;

    @org.junit.jupiter.api.BeforeEach
    void port() {
        port = root.getPort();
    }

    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static ValidatableResponse problem(ValidatableResponse r, int status, String detail) {
        return r.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("detail", containsString(detail))
                .body("detail", not(containsString("java."))).body("detail", not(containsString("Creator")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "/", "a/b/c", "application/", ";;;", "application/json, text/plain"})
    void unparsableContentTypesAre415(String contentType) {
        problem(given().config(RAW).header("Content-Type", contentType).body("{}".getBytes())
                .when().post("/v1/analyses").then(), 415, "media type");
    }

    @Test
    void aHundredThousandNullItemsAreRefusedAtOnce() {
        String body = "{\"items\":[" + String.join(",", Collections.nCopies(100_000, "null")) + "]}";
        problem(given().contentType("application/json").body(body).when().post("/v1/tone").then(), 422,
                "max-items");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": \"Russia attacks Iran.\", \"actors\": [null]}|actors[0]",
        "{\"text\": \"Russia attacks Iran.\", \"actors\": [{\"name\": \"X\", \"aliases\": [\"\"]}]}|actors[0].aliases[0]",
        "{\"text\": \"Russia attacks Iran.\"} garbage|not valid JSON",
        "{\"text\": \"a\", \"text\": \"b\"}|Duplicate field",
        "{\"text\": 5, \"title\": [1]}|expected a string"})
    void malformedAnalysisBodiesAre400(String body, String detail) {
        problem(given().contentType("application/json").body(body).when().post("/v1/analyses").then(), 400, detail);
    }

    @Test
    void aDuplicateKeyInASpanIs400() {
        problem(given().contentType("application/json")
                .body("{\"items\":[{\"text\":\"Russia\",\"targets\":[{\"start\":0,\"end\":6,\"end\":6}]}]}")
                .when().post("/v1/tone").then(), 400, "Duplicate field 'end'");
    }

    @Test
    void tooManyParagraphsIsAPermanentRefusalNotRetry() {
        problem(given().contentType("text/plain").body("Russia.\n\n".repeat(20_000))
                .when().post("/v1/analyses").then(), 413, "max-paragraphs").header("Retry-After", (String) null);
    }

    @Test
    void aThousandMentionsOfOneLetterAreRefusedByTheBudget() {
        problem(given().contentType("application/json")
                .body("{\"text\": \"" + "a ".repeat(5000) + "\", \"actors\": [{\"name\": \"a\"}]}")
                .when().post("/v1/analyses").then(), 413, "max-targets");
    }

    @Test
    void longTexsInToneAreBoundedByTheirTotal() {
        String item = "{\"text\":\"" + "Russia ".repeat(27_000) + "\",\"targets\":[{\"start\":0,\"end\":6}]}";
        problem(given().contentType("application/json").body("{\"items\":[" + item + "," + item + "]}")
                .when().post("/v1/tone").then(), 413, "max-total-chars");
    }

    @ParameterizedTest
    @CsvSource({"limit=abc,limit", "limit=1.5,limit", "limit=99999999999,limit", "since=-1,since", "status=bogus,status"})
    void badQueryParametersAre400NamingTheParameter(String query, String name) {
        problem(given().urlEncodingEnabled(false).when().get("/v1/analyses?" + query).then(), 400, name);
    }

    @Test
    void aBooleanParameterMustBeTrueOrFalse() {
        problem(given().contentType("text/plain").queryParam("rollUpToStates", "bogus").body("Russia attacks Iran.")
                .when().post("/v1/analyses").then(), 400, "rollUpToStates");
    }

    @Test
    void badPercentEncodingIs400WithAProblem() throws Exception {
        raw(RawHttp.send(port, "GET /v1/analyses/%zz HTTP/1.1", ""), 400, "URI");
    }

    private static void raw(RawHttp answer, int status, String detail) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.toString());
        assertTrue(answer.body().contains(detail), answer.body());
    }

    @Test
    void overlongUrisAndHeadersGetProblems() {
        problem(given().urlEncodingEnabled(false).when().get("/v1/analyses/" + "a".repeat(5000)).then(), 414, "4096");
        problem(given().header("X-Big", "a".repeat(20_000)).when().get("/v1/analyses").then(), 431, "16384");
    }

    @Test
    void aControlCharacterInAHeaderIs400() throws Exception {
        raw(RawHttp.send(port, "POST /v1/analyses HTTP/1.1\r\nContent-Type: text/plain\r\nIdempotency-Key: a\u0001b",
                "Russia attacks Iran."), 400, "Idempotency-Key");
    }

    @Test
    void bodiesOverTheLimitAre413WithAProblem() {
        byte[] big = new byte[4 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        problem(given().contentType("text/plain").body(big).when().post("/v1/analyses").then(), 413, "4194304");
    }
}
