package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code /q/metrics} shows the inference metrics after one analysis, with bounded labels only. */
@QuarkusTest
class MetricsTest {

    private static final Pattern LABEL = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} \\S+$",
            Pattern.MULTILINE);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT", "UNKNOWN");

    @TestHTTPResource("/")
    URL root;

    @Test
    void inferenceMetricsAfterOneAnalysis() {
        given().contentType("text/plain").body("Washington imposed sanctions on Moscow over the border dispute.")
                .when().post("/v1/analyses").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("toneline_inference_duration_seconds_count{stage=\"forward\"}"))
                .body(containsString("toneline_inference_duration_seconds_count{stage=\"tokenize\"}"))
                .body(containsString("toneline_inference_duration_seconds_count{stage=\"queue\"}"))
                .body(containsString("toneline_batch_size_count"))
                .body(containsString("toneline_batch_tokens_sum"))
                .body(containsString("toneline_tokens_total"))
                .body(containsString("toneline_queue_depth{queue=\"batcher\"}"))
                .body(containsString("toneline_queue_depth{queue=\"jobs\"}"))
                .body(containsString("toneline_analyses{status=\"succeeded\"}"))
                .body(containsString("toneline_model_load_seconds"))
                .body(not(containsString("actor=")));
    }

    @Test
    void unmatchedRequestsShareOneLabel() throws Exception {
        Random random = new Random(7);
        List<String> tokens = new ArrayList<>();
        int port = root.getPort();
        for (int i = 0; i < 150; i++) {
            String token = "zq" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
            tokens.add(token);
            switch (i % 6) {
                case 0 -> given().when().get("/" + token).then().statusCode(404);
                case 1 -> given().contentType("text/plain").body("x").when().post("/etc/" + token).then()
                        .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
                case 2 -> given().when().put("/v1/" + token).then().statusCode(org.hamcrest.Matchers.either(
                        org.hamcrest.Matchers.is(404)).or(org.hamcrest.Matchers.is(405)));
                case 3 -> assertEquals(200, RawHttp.send(port, "GET /" + token + "/../dashboard.js HTTP/1.1", "")
                        .status());
                case 4 -> assertEquals(400, RawHttp.send(port, "GET /v1/analyses/%zz" + token + " HTTP/1.1", "")
                        .status());
                default -> given().header("Origin", "https://" + token + ".example").header("Sec-Fetch-Site", "cross-site")
                        .contentType("text/plain").body("x").when().post("/" + token).then().statusCode(403);
            }
        }
        assertTrue(RawHttp.send(port, "GET /etc/passwd HTTP/1.1", "").status() >= 400);
        String longPath = "/" + "a".repeat(70_000);
        assertEquals(414, RawHttp.send(port, "GET " + longPath + " HTTP/1.1", "").status());
        assertTrue(RawHttp.send(port, "ZQMETHOD /v1/analyses HTTP/1.1", "").status() >= 400);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/v1/analyses/0b0e8a4e-0000-4000-8000-000000000000").then().statusCode(404);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String token : tokens) {
            assertFalse(metrics.contains(token), token);
        }
        assertFalse(metrics.contains("passwd"));
        assertFalse(metrics.contains("aaaaaaaaaa"));
        assertFalse(metrics.contains("ZQMETHOD"));
        Set<String> uris = new TreeSet<>();
        Matcher m = LABEL.matcher(metrics);
        while (m.find()) {
            String labels = m.group(1);
            uris.add(labels.replaceAll(".*uri=\"([^\"]*)\".*", "$1"));
            assertTrue(METHODS.contains(labels.replaceAll(".*method=\"([^\"]*)\".*", "$1")), labels);
        }
        assertTrue(uris.contains("UNKNOWN"), uris.toString());
        assertTrue(uris.contains("/q/health/live"), uris.toString());
        assertTrue(uris.contains("/v1/analyses/{id}"), uris.toString());
        assertTrue(uris.size() <= 20, uris.toString());
    }
}
