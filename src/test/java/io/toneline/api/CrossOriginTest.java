package io.toneline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which writes pass the cross-site check: one row per browser (or non-browser) situation. */
class CrossOriginTest {

    private static final CrossOrigin CHECK = new CrossOrigin(List.of("https://Newsroom.example:443", "http://localhost:3000"));

    @ParameterizedTest(name = "{0} Origin={2} Sec-Fetch-Site={3} {4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // method | host            | Origin                        | Sec-Fetch-Site | Content-Type                      | passes
        "GET      | toneline:8080   | https://evil.example          | cross-site     | -                                 | true",
        "OPTIONS  | toneline:8080   | https://evil.example          | cross-site     | -                                 | true",
        "HEAD     | toneline:8080   | https://evil.example          | cross-site     | -                                 | true",
        // curl, scripts, services: no Origin, no Sec-Fetch-Site
        "POST     | toneline:8080   | -                             | -              | text/plain                        | true",
        "DELETE   | toneline:8080   | -                             | -              | -                                 | true",
        // the built-in dashboard
        "POST     | toneline:8080   | http://toneline:8080          | same-origin    | text/plain;charset=UTF-8          | true",
        "POST     | toneline:8080   | https://proxy.example         | same-origin    | text/plain                        | true",
        "POST     | toneline:8080   | -                             | none           | text/plain                        | true",
        // older browsers: Origin only
        "POST     | toneline:8080   | http://toneline:8080          | -              | text/plain                        | true",
        "POST     | TONELINE:8080   | http://toneline:8080          | -              | text/plain                        | true",
        "POST     | news.example    | https://news.example          | -              | text/plain                        | true",
        "POST     | news.example    | https://news.example:443      | -              | text/plain                        | true",
        "POST     | toneline:8080   | http://toneline:9090          | -              | text/plain                        | false",
        "POST     | toneline:8080   | http://evil.example           | -              | application/json                  | false",
        "POST     | -               | http://toneline:8080          | -              | text/plain                        | false",
        // other sites' pages
        "POST     | toneline:8080   | https://evil.example          | cross-site     | text/plain                        | false",
        "POST     | toneline:8080   | https://evil.example          | cross-site     | application/json                  | false",
        "PUT      | toneline:8080   | https://evil.example          | cross-site     | text/plain                        | false",
        "PATCH    | toneline:8080   | https://evil.example          | cross-site     | application/json                  | false",
        "DELETE   | toneline:8080   | https://evil.example          | cross-site     | -                                 | false",
        "POST     | toneline:8080   | -                             | cross-site     | text/plain                        | false",
        "POST     | toneline:8080   | null                          | cross-site     | multipart/form-data; boundary=x   | false",
        "POST     | toneline:8080   | null                          | -              | application/x-www-form-urlencoded | false",
        "POST     | app.example     | https://other.app.example     | same-site      | text/plain                        | false",
        "POST     | toneline:8080   | http://toneline:8080          | cross-site     | text/plain                        | false",
        // trusted origins (toneline.http.cors-origins): only with a content type that needs a preflight
        "POST     | toneline:8080   | https://newsroom.example      | cross-site     | application/json                  | true",
        "POST     | toneline:8080   | HTTPS://NEWSROOM.EXAMPLE      | cross-site     | text/html                         | true",
        "DELETE   | toneline:8080   | https://newsroom.example      | cross-site     | -                                 | true",
        "POST     | toneline:8080   | http://localhost:3000         | same-site      | application/json                  | true",
        "POST     | toneline:8080   | https://newsroom.example      | cross-site     | text/plain                        | false",
        "POST     | toneline:8080   | https://newsroom.example      | cross-site     | Text/Plain; charset=utf-8         | false",
        "POST     | toneline:8080   | https://newsroom.example      | cross-site     | application/x-www-form-urlencoded | false",
        "POST     | toneline:8080   | https://newsroom.example      | -              | multipart/form-data               | false",
        "POST     | toneline:8080   | http://newsroom.example       | cross-site     | application/json                  | false",
        "POST     | toneline:8080   | https://newsroom.example:8443 | cross-site     | application/json                  | false",
        "POST     | toneline:8080   | http://localhost:3001         | same-site      | application/json                  | false"})
    void writesFromOtherSitesAreRefused(String method, String host, String origin, String site, String type,
            boolean passes) {
        String refusal = CHECK.refusal(method, host, origin, site, type);
        assertEquals(passes, refusal == null, refusal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://Newsroom.Example      | https://newsroom.example",
        "https://newsroom.example:443  | https://newsroom.example",
        "http://localhost:80           | http://localhost",
        "http://localhost:3000         | http://localhost:3000",
        "https://newsroom.example/path | -",
        "newsroom.example              | -",
        "null                          | -",
        "*                             | -"})
    void originsAreComparedInOneForm(String origin, String normal) {
        assertEquals(normal, CrossOrigin.normalize(origin));
    }

    @Test
    void aTrustedOriginThatIsNotAnOriginFailsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new CrossOrigin(List.of("https://newsroom.example/app")));
        assertThrows(IllegalArgumentException.class, () -> new CrossOrigin(List.of("*")));
    }
}
