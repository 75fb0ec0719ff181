package io.toneline.api;

import io.toneline.errors.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes a problem document straight onto a Vert.x response, for the checks that run before any
 * resource ({@link HttpGuard}, {@code security.AccessGate}); resource errors go through
 * {@link ProblemMapper}. Status, title and Retry-After come from the {@link ProblemType}.
 */
public final class RoutedProblems {

    private RoutedProblems() {}

    /**
     * @param rc the request
     * @param json Quarkus' object mapper
     * @param type the problem type
     * @param detail what happened, for a person
     * @param instance the request path, or null
     * @param close whether the connection cannot be reused (the request's body was not read)
     */
    public static void send(RoutingContext rc, ObjectMapper json, ProblemType type, String detail, String instance,
            boolean close) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(Problem.of(type, detail, instance));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        HttpServerResponse res = rc.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        type.retryAfterSeconds().ifPresent(s -> res.putHeader("Retry-After", String.valueOf(s)));
        if (close) {
            res.putHeader(HttpHeaders.CONNECTION, "close");
        }
        res.end(body);
    }
}
