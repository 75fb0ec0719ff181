package io.toneline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The uri and method labels of HTTP metrics stay within a fixed set. */
class HttpLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "/v1/analyses/{id}                | /v1/analyses/{id}",
        "/v1/actors/{id}/timeline         | /v1/actors/{id}/timeline",
        "/v1/tone                         | /v1/tone",
        "root                             | root",
        "/dashboard.js                    | /dashboard.js",
        "/q/health/live                   | /q/health/live",
        "/_static/echarts/dist/echarts.js | /_static",
        "/q/swagger-ui/index.html         | /q/swagger-ui",
        "/q/swagger-ui                    | /q/swagger-ui",
        "NOT_FOUND                        | UNKNOWN",
        "REDIRECTION                      | UNKNOWN",
        "UNKNOWN                          | UNKNOWN",
        "/etc/passwd                      | UNKNOWN",
        "/x/../dashboard.js               | UNKNOWN",
        "/v1/analyses/%zz                 | UNKNOWN",
        "/v1/analyses/0b0e8a4e            | UNKNOWN",
        "/_staticx                        | UNKNOWN",
        "-                                | UNKNOWN"})
    void uriLabels(String value, String label) {
        assertEquals(label, HttpLabels.uri(value));
    }

    @ParameterizedTest
    @CsvSource({"GET,GET", "DELETE,DELETE", "OPTIONS,OPTIONS", "FOO,UNKNOWN", "get,UNKNOWN", "PROPFIND,UNKNOWN"})
    void methodLabels(String value, String label) {
        assertEquals(label, HttpLabels.method(value));
    }

    @Test
    void theFilterRewritesOnlyHttpServerMeters() {
        var filter = new HttpLabels().boundedHttpLabels();
        Meter.Id raw = new Meter.Id("http.server.requests", Tags.of("uri", "/" + "a".repeat(70_000), "method", "FOO",
                "status", "414"), null, null, Meter.Type.TIMER);
        Meter.Id mapped = filter.map(raw);
        assertEquals("UNKNOWN", mapped.getTag("uri"));
        assertEquals("UNKNOWN", mapped.getTag("method"));
        assertEquals("414", mapped.getTag("status"));
        Meter.Id other = new Meter.Id("toneline.inference.duration", Tags.of("uri", "/etc/passwd"), null, null,
                Meter.Type.TIMER);
        assertEquals(other, filter.map(other));
    }
}
