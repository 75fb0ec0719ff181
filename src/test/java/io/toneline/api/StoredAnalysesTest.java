package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Async submission, polling with ETags and cursors, idempotency and deletion, on H2. */
@QuarkusTest
class StoredAnalysesTest {

    static final String TEXT = "Germany praised France for its generous offer.\n\nBerlin later criticised Paris sharply.";

    static JsonPath awaitDone(String id) {
        return await("analysis " + id + " finished").atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/v1/analyses/" + id).then().statusCode(200).extract().jsonPath(),
                        doc -> List.of("succeeded", "failed").contains(doc.getString("status")));
    }

    @Test
    void asyncSubmissionIsQueuedThenSucceeds() throws Exception {
        Response r = given().contentType("text/plain").header("Prefer", "respond-async").body(TEXT)
                .when().post("/v1/analyses")
                .then().statusCode(202)
                .header("Location", containsString("/v1/analyses/"))
                .body("status", equalTo("queued"))
                .body("createdAt", notNullValue())
                .extract().response();
        String id = r.jsonPath().getString("id");
        assertTrue(r.header("Location").endsWith(id));
        JsonPath done = awaitDone(id);
        assertEquals("succeeded", done.getString("status"));
        assertEquals(id, done.getString("analysis.id"));
        assertTrue(done.getList("analysis.actors.id").contains("germany"));
        assertEquals(1, done.getInt("attempts"));
        assertTrue(done.getString("finishedAt") != null && done.getString("startedAt") != null);
    }

    @Test
    void synchronousAnalysesAreStoredToo() {
        Response r = given().contentType("text/plain").body(TEXT).when().post("/v1/analyses")
                .then().statusCode(200).header("Location", containsString("/v1/analyses/")).extract().response();
        String id = r.jsonPath().getString("id");
        given().when().get(r.header("Location")).then().statusCode(200)
                .body("status", equalTo("succeeded"))
                .body("analysis.id", equalTo(id))
                .body("analysis.paragraphs.size()", equalTo(2));
    }

    @Test
    void unchangedAnalysesCostA304() throws Exception {
        String id = given().contentType("text/plain").header("Prefer", "respond-async").body(TEXT)
                .when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id");
        awaitDone(id);
        Response first = given().when().get("/v1/analyses/" + id).then().statusCode(200).extract().response();
        String etag = first.header("ETag");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
        Response again = given().header("If-None-Match", etag).when().get("/v1/analyses/" + id)
                .then().statusCode(304).header("ETag", etag).extract().response();
        assertEquals("", again.asString());
        given().header("If-None-Match", "\"a0\"").when().get("/v1/analyses/" + id).then().statusCode(200);
    }

    @Test
    void pollingWithACursorSeesEveryChangeOnce() throws Exception {
        String start = given().when().get("/v1/analyses?limit=1000").then().statusCode(200)
                .extract().jsonPath().getString("next");
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            mine.add(given().contentType("text/plain").header("Prefer", "respond-async").body(TEXT + " " + i)
                    .when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id"));
        }
        Set<String> succeeded = new HashSet<>();
        String[] cursor = {start};
        // one page per poll; an empty page keeps the cursor where it is
        await("all five succeeded, seen through the cursor").atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
                    JsonPath page = given().queryParam("since", cursor[0]).queryParam("limit", 2)
                            .when().get("/v1/analyses").then().statusCode(200).extract().jsonPath();
                    List<Map<String, Object>> items = page.getList("items");
                    for (Map<String, Object> item : items) {
                        if ("succeeded".equals(item.get("status"))) {
                            assertTrue(succeeded.add((String) item.get("id")) || !mine.contains(item.get("id")),
                                    "a final state delivered twice: " + item);
                        }
                        assertFalse(item.containsKey("analysis"), "listings carry no results");
                    }
                    String next = page.getString("next");
                    if (items.isEmpty()) {
                        assertEquals(cursor[0], next);
                    } else {
                        assertNotEquals(cursor[0], next);
                    }
                    cursor[0] = next;
                    return succeeded.containsAll(mine);
                });
        assertTrue(succeeded.containsAll(mine), "saw " + succeeded);
        given().queryParam("status", "succeeded").queryParam("since", start).when().get("/v1/analyses")
                .then().statusCode(200).body("items.status.unique()", equalTo(List.of("succeeded")));
        given().queryParam("since", "yesterday").when().get("/v1/analyses")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("status", "done").when().get("/v1/analyses")
                .then().statusCode(400).body("detail", containsString("queued"));
    }

    @Test
    void idempotencyKeysReplayOrConflict() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType("text/plain").header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(TEXT).when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id");
        String second = given().contentType("text/plain").header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(TEXT).when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id");
        assertEquals(first, second);
        given().contentType("text/plain").header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(TEXT + " and something else").when().post("/v1/analyses")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString(key));

        String syncKey = UUID.randomUUID().toString();
        String a = given().contentType("text/plain").header("Idempotency-Key", syncKey).body(TEXT)
                .when().post("/v1/analyses").then().statusCode(200).extract().jsonPath().getString("id");
        String b = given().contentType("text/plain").header("Idempotency-Key", syncKey).body(TEXT)
                .when().post("/v1/analyses").then().statusCode(200).extract().jsonPath().getString("id");
        assertEquals(a, b);
    }

    /**
     * The cursor to poll from now, whatever the store holds already: a store shared across runs (PostgreSQL)
     * may hold more than one page of older analyses.
     */
    private static String pollFromNow() {
        return given().queryParam("order", "desc").queryParam("limit", 1).when().get("/v1/analyses").then()
                .statusCode(200).extract().jsonPath().getString("next");
    }

    @Test
    void deletesAndReportsMissingAnalyses() {
        String id = given().contentType("text/plain").body(TEXT).when().post("/v1/analyses")
                .then().statusCode(200).extract().jsonPath().getString("id");
        String cursor = pollFromNow();
        given().when().delete("/v1/analyses/" + id).then().statusCode(204);
        // the feed shows the deletion once, as a tombstone, so that pollers drop it
        io.restassured.path.json.JsonPath feed = given().queryParam("since", cursor).when().get("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(id), feed.getList("items.id"));
        assertEquals("deleted", feed.getString("items[0].status"));
        given().queryParam("since", feed.getString("next")).when().get("/v1/analyses").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        given().when().get("/v1/analyses/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/v1/analyses/" + id).then().statusCode(404);
        given().header("If-None-Match", "\"a1\"").when().get("/v1/analyses/nope").then().statusCode(404);
    }

    @Test
    void theFeedCarriesTitlesAndTheNewestComeFirst() throws Exception {
        String start = pollFromNow();
        String title = "Feed title " + UUID.randomUUID();
        String titled = given().contentType("text/plain").queryParam("title", title).body(TEXT).when()
                .post("/v1/analyses").then().statusCode(200).extract().jsonPath().getString("id");
        String untitled = given().contentType("text/plain").header("Prefer", "respond-async").body(TEXT + " untitled")
                .when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id");
        awaitDone(untitled);
        String json = given().contentType("application/json").body(Map.of("text", TEXT, "title", title + " (json)"))
                .when().post("/v1/analyses").then().statusCode(200).extract().jsonPath().getString("id");

        // the change feed, as before, now with titles (null when none, never left out)
        List<Map<String, Object>> feed = given().queryParam("since", start).queryParam("limit", 1000).when()
                .get("/v1/analyses").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> first = feed.stream().filter(i -> titled.equals(i.get("id"))).findFirst().orElseThrow();
        assertEquals(title, first.get("title"));
        feed.stream().filter(i -> untitled.equals(i.get("id"))).forEach(i -> {
            assertTrue(i.containsKey("title"), "title present: " + i);
            assertEquals(null, i.get("title"));
        });

        // order=desc: the newest first, and the cursor to follow the feed from
        JsonPath newest = given().queryParam("order", "desc").queryParam("limit", 1000).when().get("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = newest.getList("items.id");
        assertTrue(ids.indexOf(json) >= 0 && ids.indexOf(json) < ids.indexOf(untitled)
                && ids.indexOf(untitled) < ids.indexOf(titled), ids.toString());
        assertEquals(title + " (json)", newest.getString("items.find { it.id == '" + json + "' }.title"));
        given().queryParam("order", "desc").queryParam("limit", 2).when().get("/v1/analyses").then().statusCode(200)
                .body("items.size()", equalTo(2));
        given().when().delete("/v1/analyses/" + titled).then().statusCode(204);
        JsonPath after = given().queryParam("since", newest.getString("next")).when().get("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(after.getList("items.id").contains(titled), "the deletion shows after the cursor");
        assertFalse(given().queryParam("order", "desc").queryParam("limit", 1000).when().get("/v1/analyses").then()
                .extract().jsonPath().getList("items.id").contains(titled), "deleted ones are left out");

        given().queryParam("order", "desc").queryParam("since", "1").when().get("/v1/analyses").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("since"));
        given().queryParam("order", "newest").when().get("/v1/analyses").then().statusCode(400)
                .body("detail", containsString("order"));
    }

    @Test
    void invalidAsyncSubmissionsAreRefusedUpFront() {
        given().contentType("text/plain").header("Prefer", "respond-async").body("   ")
                .when().post("/v1/analyses").then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").header("Prefer", "respond-async").header("Idempotency-Key", "x".repeat(201))
                .body(TEXT).when().post("/v1/analyses").then().statusCode(400);
    }
}
