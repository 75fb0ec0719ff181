package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.errors.ProblemType;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analysis API end to end, on the shipped model. */
@QuarkusTest
class AnalysisResourceTest {

    static String article(String name) throws IOException {
        try (InputStream in = AnalysisResourceTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Object> actor(JsonPath json, String id) {
        List<Map<String, Object>> actors = json.getList("actors");
        return actors.stream().filter(a -> id.equals(a.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id + " in " + json.getList("actors.id")));
    }

    @Test
    void findsTheSwingFromSanctionsToTalks() throws IOException {
        String text = article("sanctions-to-talks.txt");
        JsonPath json = given().contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("title", "From sanctions to talks")
                .when().post("/v1/analyses")
                .then().statusCode(200).contentType("application/json")
                .body("model.name", equalTo("toneline-tsc"))
                .body("title", equalTo("From sanctions to talks"))
                .extract().jsonPath();

        Map<String, Object> iran = actor(json, "iran");
        assertEquals("country", iran.get("type"));
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) iran.get("aliases");
        assertTrue(aliases.contains("Tehran"), "aliases " + aliases);
        Map<String, Object> us = actor(json, "united-states");
        @SuppressWarnings("unchecked")
        List<String> usAliases = (List<String>) us.get("aliases");
        assertTrue(usAliases.contains("Washington"), "aliases " + usAliases);

        Map<String, Object> harper = actor(json, "person-daniel-harper");
        assertEquals("person", harper.get("type"));
        assertEquals("united-states", harper.get("affiliation"));
        assertEquals(List.of("president"), harper.get("roles"));
        assertTrue(((Number) harper.get("mentionCount")).intValue() >= 5);
        Map<String, Object> karimi = actor(json, "person-reza-karimi");
        assertEquals("iran", karimi.get("affiliation"));
        assertEquals(List.of("foreign minister"), karimi.get("roles"));

        // structure: headings and boilerplate are recognised and not scored
        List<Map<String, Object>> paragraphs = json.getList("paragraphs");
        assertEquals("heading", paragraphs.get(0).get("kind"));
        assertEquals("byline", paragraphs.get(1).get("kind"));
        assertEquals("byline", paragraphs.get(1).get("reason"));
        assertEquals("dateline", paragraphs.get(2).get("kind"));
        assertEquals("boilerplate", paragraphs.get(paragraphs.size() - 1).get("kind"));
        assertEquals("copyright", paragraphs.get(paragraphs.size() - 1).get("reason"));
        assertEquals(null, paragraphs.get(3).get("reason"), "body paragraphs carry no reason");
        long headings = paragraphs.stream().filter(p -> "heading".equals(p.get("kind"))).count();
        assertTrue(headings >= 4, "headings: " + headings);
        for (Map<String, Object> p : paragraphs) {
            if (!"body".equals(p.get("kind"))) {
                assertTrue(((List<?>) p.get("tones")).isEmpty(), "scored a " + p.get("kind") + ": " + p);
            }
        }
        // offsets point into the text that was sent
        int start = (Integer) paragraphs.get(3).get("start");
        int end = (Integer) paragraphs.get(3).get("end");
        assertTrue(text.substring(start, end).startsWith("The United States imposed"));

        // the swing: Iran goes from hostile/critical to cooperative/conciliatory
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shifts = (List<Map<String, Object>>) iran.get("shifts");
        assertFalse(shifts.isEmpty(), "no shift for Iran; trajectory " + iran.get("trajectory"));
        Map<String, Object> swing = shifts.stream()
                .filter(sh -> List.of("hostile", "critical").contains(sh.get("from"))
                        && List.of("cooperative", "conciliatory").contains(sh.get("to")))
                .findFirst().orElseThrow(() -> new AssertionError("no hostile -> conciliatory swing in " + shifts));
        assertTrue(((Number) swing.get("delta")).doubleValue() >= 0.5);
        // the swing ends in the second half, after the "quiet channel" heading
        int quietChannel = paragraphs.stream().filter(p -> text.substring((Integer) p.get("start"), (Integer) p.get("end"))
                .equals("A quiet channel")).map(p -> (Integer) p.get("index")).findFirst().orElseThrow();
        assertTrue((Integer) swing.get("toParagraph") > quietChannel, "swing " + swing);
        assertTrue((Integer) swing.get("fromParagraph") < (Integer) swing.get("toParagraph"));
    }

    @Test
    void findsTheTurnFromPartnershipToHostility() throws IOException {
        String text = article("thaw-turns-to-frost.txt");
        JsonPath json = given().contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> russia = actor(json, "russia");
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) russia.get("aliases");
        assertTrue(aliases.containsAll(List.of("Moscow", "The Kremlin")) || aliases.containsAll(List.of("Moscow", "the Kremlin")),
                "aliases " + aliases);
        @SuppressWarnings("unchecked")
        List<String> euAliases = (List<String>) actor(json, "eu").get("aliases");
        assertTrue(euAliases.contains("Brussels"), "EU aliases " + euAliases);
        assertEquals("russia", actor(json, "person-pavel-orlov").get("affiliation"));
        assertEquals("RU", russia.get("iso"), "states carry their ISO 3166 code");
        assertEquals(null, actor(json, "eu").get("iso"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shifts = (List<Map<String, Object>>) russia.get("shifts");
        // the partnership phase reads as neutral to cooperative for Russia itself, the rupture as hostile
        assertTrue(shifts.stream().anyMatch(sh -> List.of("neutral", "cooperative", "conciliatory").contains(sh.get("from"))
                && List.of("critical", "hostile").contains(sh.get("to"))
                && ((Number) sh.get("delta")).doubleValue() <= -0.5), "shifts " + shifts + ", trajectory "
                + russia.get("trajectory"));
        List<Map<String, Object>> paragraphs = json.getList("paragraphs");
        assertEquals("boilerplate", paragraphs.get(paragraphs.size() - 1).get("kind"));
        assertEquals("navigation", paragraphs.get(paragraphs.size() - 2).get("kind"));
    }

    /** A year of US-Russia relations: sanctions, expulsions and threats, then a summit, a waiver and a swap. */
    @Test
    void findsTheCourseCorrectionInALongCommentary() throws IOException {
        JsonPath json = given().contentType("text/plain; charset=UTF-8").body(article("course-correction.txt"))
                .when().post("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        for (String id : List.of("russia")) {
            Map<String, Object> actor = actor(json, id);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> shifts = (List<Map<String, Object>>) actor.get("shifts");
            assertTrue(shifts.stream().anyMatch(sh -> List.of("hostile", "critical").contains(sh.get("from"))
                    && List.of("cooperative", "conciliatory").contains(sh.get("to"))),
                    id + ": shifts " + shifts + ", trajectory " + actor.get("trajectory"));
        }
    }

    @Test
    void explainsWhichMentionsCarriedEachScore() throws IOException {
        JsonPath json = given().contentType("application/json")
                .body(Map.of("text", article("sanctions-to-talks.txt")))
                .when().post("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> tones = json.getList("paragraphs[3].tones");
        assertFalse(tones.isEmpty());
        for (Map<String, Object> tone : tones) {
            assertNotNull(tone.get("label"));
            assertNotNull(tone.get("probabilities"));
            List<?> mentions = (List<?>) tone.get("mentions");
            assertFalse(mentions.isEmpty());
        }
        Map<String, Object> iranTone = tones.stream().filter(t -> "iran".equals(t.get("actor"))).findFirst().orElseThrow();
        assertTrue(((Number) iranTone.get("score")).doubleValue() < -0.2, "Iran under sanctions: " + iranTone);
    }

    @Test
    void callerActorsExtendDetection() {
        String text = "Diplomats from Oman carried messages. Muscat was praised by both sides for its patient work.\n\n"
                + "The Acme Consortium, meanwhile, was criticised for profiting from the crisis.";
        JsonPath json = given().contentType("application/json")
                .body(Map.of("text", text, "actors", List.of(
                        Map.of("name", "Acme Consortium", "aliases", List.of("the consortium")))))
                .when().post("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(json.getList("actors.id").contains("oman"), "actors " + json.getList("actors.id"));
        Map<String, Object> acme = actor(json, "actor-acme-consortium");
        assertTrue(((Number) acme.get("mentionCount")).intValue() >= 1);
        assertNotNull(acme.get("score"));
    }

    @Test
    void rollsPeopleUpIntoTheirStates() throws IOException {
        JsonPath json = given().contentType("text/plain").body(article("sanctions-to-talks.txt"))
                .queryParam("rollUpToStates", true)
                .when().post("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = json.getList("actors.id");
        assertFalse(ids.contains("person-daniel-harper"), ids.toString());
        assertTrue(ids.contains("united-states"));
    }

    @Test
    void readsHtml() {
        String html = "<html><head><title>x</title><script>var a = 1;</script></head><body>"
                + "<h1>Talks resume</h1><p>By Jane Roe</p>"
                + "<p>Germany praised France on Tuesday for its &ldquo;generous&rdquo; offer.</p>"
                + "<p>Berlin said the deal was a <b>major success</b>.</p></body></html>";
        JsonPath json = given().contentType("text/html").body(html)
                .when().post("/v1/analyses")
                .then().statusCode(200).body("text", notNullValue()).extract().jsonPath();
        assertEquals("heading", json.getString("paragraphs[0].kind"));
        assertTrue(json.getString("text").contains("“generous”"));
        assertTrue(json.getList("actors.id").contains("germany"));
        assertTrue(((Number) actor(json, "germany").get("mentionCount")).intValue() >= 2);
    }

    @Test
    void rejectsBadInputWithProblems() {
        given().contentType("application/json").body("{\"text\": \"   \"}")
                .when().post("/v1/analyses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("text"));
        given().contentType("text/plain").body("")
                .when().post("/v1/analyses")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"text\": \"Hello\",\n \"actors\": [ }")
                .when().post("/v1/analyses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 2"));
        given().contentType("application/json").body("{\"text\": \"Hello\", \"actors\": \"Iran\"}")
                .when().post("/v1/analyses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("actors"));
        given().contentType("application/xml").body("<text>Hello</text>")
                .when().post("/v1/analyses")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("text/plain").body("x".repeat(200_001))
                .when().post("/v1/analyses")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("200000"));
        List<Map<String, Object>> many = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> Map.<String, Object>of("name", "Actor " + i)).toList();
        given().contentType("application/json").body(Map.of("text", "Some text.", "actors", many))
                .when().post("/v1/analyses")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("too many actors"));
        given().contentType("application/json").body(Map.of("text", "Some text.", "actors", List.of(Map.of("name", ""))))
                .when().post("/v1/analyses")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("/v1/nothing-here"));
    }

    @Test
    void problemsNeverLeakJavaInternals() {
        String detail = given().contentType("application/json").body("{\"text\": [1, 2]}")
                .when().post("/v1/analyses")
                .then().statusCode(400).extract().jsonPath().getString("detail");
        assertFalse(detail.contains("java."), detail);
        assertFalse(detail.contains("io.toneline"), detail);
    }

    @Test
    void servesHealthAndOpenApi() {
        // the packaged app (the IT) loads the model in the background and is not ready until then, by design
        await("readiness").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        given().when().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("tone-model"))
                // the model, the engine and what the precision was chosen from
                .body("checks.find { it.name == 'tone-model' }.data.engine", startsWith("PyTorch "))
                .body("checks.find { it.name == 'tone-model' }.data.precision", oneOf("float32", "bfloat16", "int8"))
                .body("checks.find { it.name == 'tone-model' }.data.cpu", not(emptyOrNullString()));
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "respond-async"})
    void actorLimitsAreOneRuleWithOneMessageAnsweredNowOrQueued(String prefer) {
        List<Map<String, Object>> aliased = List.of(Map.of("name", "Acme", "aliases",
                java.util.Collections.nCopies(51, "ACME")));
        given().contentType("application/json").header("Prefer", prefer)
                .body(Map.of("text", "Acme said so.", "actors", aliased))
                .when().post("/v1/analyses")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:toneline:problem:unprocessable"))
                .body("detail", equalTo("actors[0] has 51 aliases (at most 50, toneline.limits.max-aliases)"));
    }

    @Test
    void theOpenApiDocumentListsEveryProblemType() {
        JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> slugs = doc.getList("components.schemas.Problem.x-problem-types.slug");
        for (ProblemType t : ProblemType.values()) {
            assertTrue(slugs.contains(t.slug()), t.slug() + " in " + slugs);
        }
        assertTrue(doc.getString("paths.'/v1/analyses'.post.responses.'413'.description").contains("too-large"));
    }

    @Test
    void aReferenceThatIsNotANameIsScoredForBothActorsAndPointsBack() {
        String text = "Chad and Sudan signed a ceasefire in N'Djamena on Monday, and both sides pledged to withdraw troops.";
        JsonPath json = given().contentType("text/plain").body(text).when().post("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        for (String id : List.of("chad", "sudan")) {
            List<Map<String, Object>> mentions = json.getList(
                    "paragraphs[0].tones.find { it.actor == '" + id + "' }.mentions");
            Map<String, Object> both = mentions.stream().filter(m -> "both sides".equals(m.get("text"))).findFirst()
                    .orElseThrow(() -> new AssertionError(id + ": " + mentions));
            assertEquals(true, both.get("resolved"));
            // the source is the nearest named mention of that actor before the reference
            @SuppressWarnings("unchecked")
            Map<String, Integer> source = (Map<String, Integer>) both.get("source");
            assertEquals(id.equals("chad") ? "N'Djamena" : "Sudan", text.substring(source.get("start"), source.get("end")));
        }
        assertEquals("TD", actor(json, "chad").get("iso"));
    }
}
