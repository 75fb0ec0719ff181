package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Actor timelines across stored analyses, dated by publishedAt, on the real model. */
@QuarkusTest
class ActorTimelineTest {

    private static final String HOSTILE = "Moscow threatened Chad with sanctions and expelled its diplomats.";
    private static final String CONCILIATORY = "Chad and Russia agreed to a ceasefire and lifted the sanctions.";

    private static String post(String text, String publishedAt) {
        return given().contentType("text/plain").queryParam("publishedAt", publishedAt).body(text)
                .when().post("/v1/analyses").then().statusCode(200).extract().jsonPath().getString("id");
    }

    @Test
    void tonePerDayAndWeekAcrossArticles() {
        // a random week in 1990-9600, so that a database kept from earlier runs holds nothing there (1,500
        // weeks were too few: a PostgreSQL kept across many runs collided)
        LocalDate monday = LocalDate.of(1990, 1, 1).plusWeeks(new java.util.Random().nextInt(400_000));
        String from = monday.minusDays(1).toString();
        String to = monday.plusDays(29).toString();
        post(HOSTILE, monday.toString());
        post(HOSTILE + " Chad protested.", monday + "T18:00:00Z");
        String later = post(CONCILIATORY, monday.plusDays(3).toString());   // the same week, Thursday
        post(CONCILIATORY, monday.plusDays(8).toString());                  // the next week

        JsonPath actors = given().queryParam("from", from).queryParam("to", to)
                .when().get("/v1/actors").then().statusCode(200).extract().jsonPath();
        Map<String, Object> chad = actors.getMap("items.find { it.id == 'chad' }");
        assertEquals(4, chad.get("analyses"));
        assertEquals("country", chad.get("type"));

        JsonPath days = given().queryParam("from", from).queryParam("to", to)
                .when().get("/v1/actors/chad/timeline").then().statusCode(200)
                .body("interval", equalTo("day")).extract().jsonPath();
        assertEquals(List.of(monday.toString(), monday.plusDays(3).toString(), monday.plusDays(8).toString()),
                days.getList("points.period"));
        assertEquals(2, days.getInt("points[0].analyses"));
        float first = days.getFloat("points[0].mean");
        float last = days.getFloat("points[2].mean");
        assertTrue(first < 0 && last > first, "hostile early, conciliatory later: " + first + " -> " + last);
        float shares = days.getFloat("points[0].shares.hostile") + days.getFloat("points[0].shares.critical")
                + days.getFloat("points[0].shares.neutral") + days.getFloat("points[0].shares.cooperative")
                + days.getFloat("points[0].shares.conciliatory");
        assertEquals(1.0, shares, 0.001);

        given().queryParam("from", from).queryParam("to", to).queryParam("interval", "week")
                .when().get("/v1/actors/chad/timeline").then().statusCode(200)
                .body("points.period", equalTo(List.of(monday.toString(), monday.plusDays(7).toString())))
                .body("points[0].analyses", equalTo(3));

        // a deleted analysis leaves the timeline
        given().when().delete("/v1/analyses/" + later).then().statusCode(204);
        given().queryParam("from", from).queryParam("to", to)
                .when().get("/v1/actors/chad/timeline").then().statusCode(200)
                .body("points.period", equalTo(List.of(monday.toString(), monday.plusDays(8).toString())));
    }

    @Test
    void badParametersAre400AndUnknownActors404() {
        given().queryParam("interval", "month").when().get("/v1/actors/chad/timeline").then().statusCode(400)
                .body("detail", containsString("interval"));
        given().queryParam("from", "yesterday").when().get("/v1/actors").then().statusCode(400)
                .body("detail", containsString("from"));
        given().queryParam("from", "2020-01-01").queryParam("to", "2019-01-01").when().get("/v1/actors")
                .then().statusCode(400);
        given().when().get("/v1/actors/no-such-actor/timeline").then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType("text/plain").queryParam("publishedAt", "last week").body(HOSTILE)
                .when().post("/v1/analyses").then().statusCode(400).body("detail", containsString("publishedAt"));
    }
}
