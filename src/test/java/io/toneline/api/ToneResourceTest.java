package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code POST /v1/tone} on the shipped model. */
@QuarkusTest
class ToneResourceTest {

    static Map<String, Object> item(String text, String... mentions) {
        List<Map<String, Integer>> targets = new ArrayList<>();
        for (String m : mentions) {
            int s = text.indexOf(m);
            targets.add(Map.of("start", s, "end", s + m.length()));
        }
        return Map.of("text", text, "targets", targets);
    }

    @Test
    void scoresTargetsInOrder() {
        JsonPath json = given().contentType("application/json")
                .body(Map.of("items", List.of(
                        item("Anna was widely praised for her honesty, while Boris was condemned as a liar.", "Anna", "Boris"),
                        item("The talks with Canada were a disaster.", "Canada"))))
                .when().post("/v1/tone")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].targets[0].start", equalTo(0))
                .body("items[0].targets[1].start", equalTo(47))
                .extract().jsonPath();
        double anna = json.getDouble("items[0].targets[0].score");
        double boris = json.getDouble("items[0].targets[1].score");
        // each target read on its own: praise and condemnation set the two apart (where Boris falls on the
        // relations scale is the model's reading, measured by the evaluation commands; model card)
        assertTrue(anna - boris > 0.2, "Anna " + anna + ", Boris " + boris);
        assertEquals("positive", json.getString("items[0].targets[0].sentiment.label"));
        assertEquals("negative", json.getString("items[0].targets[1].sentiment.label"));
        assertTrue(json.getDouble("items[1].targets[0].sentiment.score") < 0);
        double sum = 0;
        for (String level : List.of("hostile", "critical", "neutral", "cooperative", "conciliatory")) {
            sum += json.getDouble("items[0].targets[0].probabilities." + level);
        }
        assertEquals(1.0, sum, 1e-3);
        double sentiment = json.getDouble("items[0].targets[0].sentiment.probabilities.negative")
                + json.getDouble("items[0].targets[0].sentiment.probabilities.neutral")
                + json.getDouble("items[0].targets[0].sentiment.probabilities.positive");
        assertEquals(1.0, sentiment, 1e-3);
        assertTrue(List.of("float32", "bfloat16", "int8").contains(json.getString("model.precision")));
    }

    @Test
    void rejectsBadSpansAndOversizedRequests() {
        given().contentType("application/json")
                .body(Map.of("items", List.of(Map.of("text", "short", "targets", List.of(Map.of("start", 2, "end", 40))))))
                .when().post("/v1/tone")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("items[0].targets[0]"));
        given().contentType("application/json").body(Map.of("items", List.of()))
                .when().post("/v1/tone")
                .then().statusCode(400).contentType("application/problem+json");
        List<Map<String, Integer>> targets = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            targets.add(Map.of("start", 0, "end", 1));
        }
        given().contentType("application/json").body(Map.of("items", List.of(Map.of("text", "abc", "targets", targets))))
                .when().post("/v1/tone")
                .then().statusCode(422).body("detail", containsString("too many targets"));
        given().contentType("application/json").body("{\"items\": [{\"text\": \"abc\", \"targets\": [{\"start\": \"x\"}]}]}")
                .when().post("/v1/tone")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
