package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a browser may and may not do with the service: no writes from other sites' pages (CORS off, the
 * default), a strict Content-Security-Policy on the dashboard, nosniff everywhere, and dashboard files
 * that a browser revalidates instead of keeping for a day.
 */
@QuarkusTest
class BrowserSafetyTest {

    private static final String TEXT = "Germany praised France for its generous offer.";
    private static final String EVIL = "https://evil.example";

    @TestHTTPResource("/")
    URL root;

    private String ownOrigin() {
        return "http://" + root.getHost() + ":" + root.getPort();
    }

    private static String cursor() {
        return given().queryParam("order", "desc").queryParam("limit", 1).when().get("/v1/analyses").then()
                .statusCode(200).extract().jsonPath().getString("next");
    }

    private static List<String> titlesSince(String cursor) {
        return given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/v1/analyses").then()
                .statusCode(200).extract().jsonPath().getList("items.title");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "text/plain                        | cross-site",
        "text/plain;charset=UTF-8          | -",
        "application/x-www-form-urlencoded | cross-site",
        "multipart/form-data; boundary=zz  | cross-site",
        "application/json                  | cross-site",
        "text/plain                        | same-site"})
    void writesFromAnotherSitesPageAre403AndStoreNothing(String type, String site) {
        String start = cursor();
        String title = "cross-site " + UUID.randomUUID();
        RequestSpecification request = given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig
                .encoderConfig().encodeContentTypeAs("multipart/form-data", ContentType.TEXT)))
                .header("Origin", EVIL).header("Content-Type", type)
                .queryParam("title", title)
                .body(type.startsWith("application/json") ? "{\"text\":\"" + TEXT + "\"}" : TEXT);
        if (site != null) {
            request = request.header("Sec-Fetch-Site", site);
        }
        request.when().post("/v1/analyses").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(403))
                .body("detail", containsString("toneline.http.cors-origins"));
        assertFalse(titlesSince(start).contains(title), "nothing stored");
    }

    @Test
    void theDashboardAndNonBrowserClientsStillWrite() {
        String start = cursor();
        String title = "same-origin " + UUID.randomUUID();
        // the dashboard: a modern browser sends Sec-Fetch-Site, an older one only Origin
        given().header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin").contentType("text/plain")
                .queryParam("title", title).body(TEXT).when().post("/v1/analyses").then().statusCode(200);
        given().header("Origin", ownOrigin()).contentType("text/plain").queryParam("title", title + " (old)")
                .body(TEXT).when().post("/v1/analyses").then().statusCode(200);
        // curl and services: neither header
        String id = given().contentType("text/plain").queryParam("title", title + " (curl)").body(TEXT).when()
                .post("/v1/analyses").then().statusCode(200).extract().jsonPath().getString("id");
        assertTrue(titlesSince(start).containsAll(List.of(title, title + " (old)", title + " (curl)")));
        // a cross-site DELETE is refused too; reads are not affected
        given().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site").when().delete("/v1/analyses/" + id)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site").when().get("/v1/analyses/" + id)
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().when().delete("/v1/analyses/" + id).then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/dashboard.js", "/chart.js", "/dashboard.css",
        "/_static/echarts/dist/echarts.js"})
    void dashboardFilesCarryTheirPolicyAndAreRevalidated(String path) {
        String lastModified = given().when().get(path).then().statusCode(200)
                .header("Content-Security-Policy", equalTo(BrowserHeaders.CONTENT_SECURITY_POLICY))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .header("Last-Modified", notNullValue())
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(304)
                .header("Cache-Control", "no-cache");
    }

    @Test
    void apiAnswersAreNotSniffed() {
        given().when().get("/v1/analyses").then().statusCode(200).contentType(startsWith("application/json"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", nullValue());
        given().when().get("/v1/analyses/nope").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().when().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue()); // the Swagger and Dev UIs under /q/ keep their own
    }

    @Test
    void thePageHasNoInlineScriptOrStyle() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(page).find(), page);
        assertFalse(Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                page);
    }
}
