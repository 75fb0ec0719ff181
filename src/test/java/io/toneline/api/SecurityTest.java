package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.toneline.security.ApiKeys;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * With credentials configured: API keys for each role, bearer JWTs signed by the test key pair in
 * {@code src/test/resources/security} (made for this test only with {@code openssl genpkey -algorithm RSA};
 * it protects nothing), protected metrics. Every request here comes from loopback, which counts for
 * nothing once credentials are configured.
 */
@QuarkusTest
@TestProfile(SecurityTest.WithCredentials.class)
class SecurityTest {

    static final String READER = "reader-key-0123456789abcdef0123456789abcdef";
    static final String WRITER = "writer-key-0123456789abcdef0123456789abcdef";
    static final String ADMIN = "admin-key-0123456789abcdef0123456789abcdef";
    static final String ISSUER = "https://issuer.toneline.test";
    static final String TEXT = "France and Spain signed a treaty.";

    /** Three API keys, a JWT key and issuer, metrics behind the reader role. */
    public static class WithCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "toneline.security.api-keys", "reader-bot:reader:" + ApiKeys.sha256Hex(READER)
                            + ",writer-bot:writer:" + ApiKeys.sha256Hex(WRITER) + ",admin-bot:admin:" + ApiKeys.sha256Hex(ADMIN),
                    "mp.jwt.verify.publickey.location", "security/jwt-public.pem",
                    "mp.jwt.verify.issuer", ISSUER,
                    "toneline.security.protect-metrics", "true",
                    "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:security;DB_CLOSE_DELAY=-1");
        }
    }

    static RequestSpecification key(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    static String jwt(String issuer, Instant expires, PrivateKey signer, String... groups) throws Exception {
        return Jwt.issuer(issuer).upn("alice@example.org").groups(Set.of(groups)).issuedAt(expires.minusSeconds(3600))
                .expiresAt(expires).sign(signer);
    }

    static PrivateKey testKey() throws Exception {
        return KeyUtils.decodePrivateKey(Files.readString(Path.of("src/test/resources/security/jwt-private.pem")));
    }

    static String submit(String key, String idempotencyKey) {
        return given().header("X-API-Key", key).header("Idempotency-Key", idempotencyKey).contentType("text/plain")
                .header("Prefer", "respond-async").body(TEXT + " " + idempotencyKey)
                .when().post("/v1/analyses").then().statusCode(202).extract().jsonPath().getString("id");
    }

    @Test
    void noCredentialsIs401WithABearerChallenge() {
        for (String path : List.of("/v1/analyses", "/v1/actors", "/v1/analyses/nope")) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer").body("status", equalTo(401))
                    .body("detail", containsString("credentials"));
        }
        given().contentType("text/plain").body(TEXT).when().post("/v1/analyses").then().statusCode(401);
        given().when().delete("/v1/analyses/nope").then().statusCode(401);
    }

    @Test
    void aWrongKeyIs401() {
        key("not-a-configured-key").when().get("/v1/analyses").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("not accepted"));
        given().header("X-API-Key", "not-a-configured-key").when().get("/v1/analyses").then().statusCode(401);
        given().header("X-API-Key", "").when().get("/v1/analyses").then().statusCode(401);
        // the hash is what the configuration holds, not a key
        key(ApiKeys.sha256Hex(READER)).when().get("/v1/analyses").then().statusCode(401);
    }

    @Test
    void aReaderReadsButNeitherWritesNorDeletes() {
        key(READER).when().get("/v1/analyses").then().statusCode(200);
        given().header("X-API-Key", READER).when().get("/v1/actors").then().statusCode(200);
        String id = submit(WRITER, "reader-test");
        key(READER).when().get("/v1/analyses/" + id).then().statusCode(200).body("id", equalTo(id));
        key(READER).contentType("text/plain").body(TEXT).when().post("/v1/analyses").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("role"));
        key(READER).contentType("application/json").body(Map.of("items", List.of()))
                .when().post("/v1/tone").then().statusCode(403);
        key(READER).when().delete("/v1/analyses/" + id).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aWriterSubmitsAndReadsButDoesNotDelete() {
        key(WRITER).contentType("text/plain").body(TEXT).when().post("/v1/analyses").then().statusCode(200)
                .body("actors.id", hasItem("france"));
        String id = submit(WRITER, "writer-test");
        key(WRITER).when().get("/v1/analyses/" + id).then().statusCode(200)
                .body("idempotencyKey", nullValue());
        key(WRITER).contentType("application/json")
                .body(Map.of("items", List.of(Map.of("text", TEXT, "targets", List.of(Map.of("start", 0, "end", 6))))))
                .when().post("/v1/tone").then().statusCode(200);
        key(WRITER).when().delete("/v1/analyses/" + id).then().statusCode(403);
    }

    @Test
    void onlyAnAdminDeletesAndSeesIdempotencyKeys() {
        String id = submit(WRITER, "admin-test");
        key(ADMIN).when().get("/v1/analyses/" + id).then().statusCode(200)
                .body("idempotencyKey", equalTo("admin-test"));
        key(ADMIN).when().get("/v1/analyses?limit=1000").then().statusCode(200)
                .body("items.idempotencyKey", hasItem("admin-test"));
        key(READER).when().get("/v1/analyses?limit=1000").then().statusCode(200)
                .body("items.idempotencyKey", not(hasItem("admin-test")))
                .body("items.id", hasItem(id));
        key(ADMIN).when().delete("/v1/analyses/" + id).then().statusCode(204);
        key(ADMIN).when().get("/v1/analyses/" + id).then().statusCode(404);
    }

    @Test
    void aJwtCarriesItsGroupsAsRoles() throws Exception {
        PrivateKey signer = testKey();
        Instant later = Instant.now().plusSeconds(600);
        String admin = jwt(ISSUER, later, signer, "admin");
        String reader = jwt(ISSUER, later, signer, "reader", "staff");
        String id = submit(WRITER, "jwt-test");
        key(reader).when().get("/v1/analyses/" + id).then().statusCode(200).body("idempotencyKey", nullValue());
        key(reader).when().delete("/v1/analyses/" + id).then().statusCode(403);
        key(admin).when().get("/v1/analyses/" + id).then().statusCode(200).body("idempotencyKey", equalTo("jwt-test"));
        key(admin).when().delete("/v1/analyses/" + id).then().statusCode(204);
    }

    @Test
    void anExpiredForeignOrForgedJwtIs401() throws Exception {
        PrivateKey signer = testKey();
        String expired = jwt(ISSUER, Instant.now().minusSeconds(3600), signer, "admin");
        String foreign = jwt("https://elsewhere.example", Instant.now().plusSeconds(600), signer, "admin");
        String forged = jwt(ISSUER, Instant.now().plusSeconds(600), KeyUtils.generateKeyPair(2048).getPrivate(), "admin");
        for (String token : List.of(expired, foreign, forged, "a.b.c")) {
            key(token).when().get("/v1/analyses").then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void healthTheDashboardAndTheApiDescriptionNeedNoCredentials() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        // a wrong key does not matter where no role is needed
        given().header("X-API-Key", "wrong").when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/").then().statusCode(200).body(containsString("Toneline"));
        given().when().get("/dashboard.js").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/v1/analyses"));
    }

    @Test
    void protectedMetricsNeedTheReaderRole() {
        given().when().get("/q/metrics").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        key("wrong").when().get("/q/metrics").then().statusCode(401);
        key(READER).when().get("/q/metrics").then().statusCode(200).body(containsString("toneline_"));
    }
}
