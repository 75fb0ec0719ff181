package io.toneline.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one list of problem types: the slugs and statuses the API has always answered, and their hints. */
class ProblemTypeTest {

    @ParameterizedTest
    @CsvSource({
        "INVALID_INPUT,                   400, invalid-input,                   0",
        "MALFORMED_JSON,                  400, malformed-json,                  0",
        "BAD_REQUEST,                     400, bad-request,                     0",
        "UNAUTHORIZED,                    401, unauthorized,                    0",
        "FORBIDDEN,                       403, forbidden,                       0",
        "LOCAL_ONLY,                      403, local-only,                      0",
        "NOT_FOUND,                       404, not-found,                       0",
        "METHOD_NOT_ALLOWED,              405, method-not-allowed,              0",
        "NOT_ACCEPTABLE,                  406, not-acceptable,                  0",
        "IDEMPOTENCY_KEY_IN_USE,          409, idempotency-key-in-use,          0",
        "TOO_LARGE,                       413, too-large,                       0",
        "CONTENT_TOO_LARGE,               413, content-too-large,               0",
        "URI_TOO_LONG,                    414, uri-too-long,                    0",
        "UNSUPPORTED_MEDIA_TYPE,          415, unsupported-media-type,          0",
        "SPAN_OUTSIDE_TEXT,               422, span-outside-text,               0",
        "UNPROCESSABLE,                   422, unprocessable,                   0",
        "TOO_MANY_REQUESTS,               429, too-many-requests,               0",
        "REQUEST_HEADER_FIELDS_TOO_LARGE, 431, request-header-fields-too-large, 0",
        "INTERNAL_ERROR,                  500, internal-error,                  0",
        "MODEL_FAILED,                    500, model-failed,                    0",
        "STORE_FAILED,                    500, store-failed,                    0",
        "MODEL_UNAVAILABLE,               503, model-unavailable,               10",
        "OVERLOADED,                      503, overloaded,                      5",
        "STORE_UNAVAILABLE,               503, store-unavailable,               10",
        "SERVICE_UNAVAILABLE,             503, service-unavailable,             1"})
    void eachTypeHasItsStatusSlugAndRetryHint(ProblemType type, int status, String slug, int retryAfter) {
        assertEquals(status, type.status());
        assertEquals(slug, type.slug());
        assertEquals("urn:toneline:problem:" + slug, type.uri());
        assertEquals(retryAfter == 0 ? OptionalInt.empty() : OptionalInt.of(retryAfter), type.retryAfterSeconds());
        assertFalse(type.title().isBlank());
        assertFalse(type.description().isBlank());
    }

    @Test
    void theTableAboveCoversEveryTypeAndSlugsAreUnique() {
        // a new type must be added to the table above (and so gets its status pinned)
        assertEquals(25, ProblemType.values().length);
        Set<String> slugs = new HashSet<>();
        Arrays.stream(ProblemType.values()).forEach(t -> assertTrue(slugs.add(t.slug()), "slug used twice: " + t));
    }

    @Test
    void retryHintsAreForServiceUnavailableOnly() {
        for (ProblemType t : ProblemType.values()) {
            assertEquals(t.status() == 503, t.retryAfterSeconds().isPresent(), t.name());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "400, BAD_REQUEST", "401, UNAUTHORIZED", "403, FORBIDDEN", "404, NOT_FOUND", "405, METHOD_NOT_ALLOWED",
        "406, NOT_ACCEPTABLE", "413, CONTENT_TOO_LARGE", "414, URI_TOO_LONG", "415, UNSUPPORTED_MEDIA_TYPE",
        "431, REQUEST_HEADER_FIELDS_TOO_LARGE", "503, SERVICE_UNAVAILABLE",
        // statuses without a type of their own
        "409, BAD_REQUEST", "418, BAD_REQUEST", "500, INTERNAL_ERROR", "501, INTERNAL_ERROR", "502, INTERNAL_ERROR"})
    void bareHttpStatusesHaveATypeToo(int status, ProblemType type) {
        assertEquals(type, ProblemType.ofHttpStatus(status));
    }

    @Test
    void everyExceptionAnswersWithItsTypesStatusAndHint() {
        record Case(TonelineException e, ProblemType type, OptionalInt retryAfter) {}
        RuntimeException cause = new RuntimeException("driver said no");
        for (Case c : new Case[] {
            new Case(new InvalidInputException("x"), ProblemType.INVALID_INPUT, OptionalInt.empty()),
            new Case(new InvalidSpanException(3, 2, 10), ProblemType.SPAN_OUTSIDE_TEXT, OptionalInt.empty()),
            new Case(new NotFoundException("x"), ProblemType.NOT_FOUND, OptionalInt.empty()),
            new Case(new DuplicateKeyException("k"), ProblemType.IDEMPOTENCY_KEY_IN_USE, OptionalInt.empty()),
            new Case(new TooLargeException("x"), ProblemType.TOO_LARGE, OptionalInt.empty()),
            new Case(new UnprocessableException("x"), ProblemType.UNPROCESSABLE, OptionalInt.empty()),
            new Case(new TooManyRequestsException("x", 7), ProblemType.TOO_MANY_REQUESTS, OptionalInt.of(7)),
            new Case(new ModelFailureException("engine: driver said no", cause), ProblemType.MODEL_FAILED, OptionalInt.empty()),
            new Case(new StoreException("jdbc: driver said no", cause), ProblemType.STORE_FAILED, OptionalInt.empty()),
            new Case(new ModelUnavailableException("x"), ProblemType.MODEL_UNAVAILABLE, OptionalInt.of(10)),
            new Case(new OverloadedException("x"), ProblemType.OVERLOADED, OptionalInt.of(5)),
            new Case(new StoreUnavailableException("x"), ProblemType.STORE_UNAVAILABLE, OptionalInt.of(10))}) {
            assertEquals(c.type(), c.e().type());
            assertEquals(c.type().status(), c.e().status());
            assertEquals(c.retryAfter(), c.e().retryAfterSeconds(), c.type().name());
            if (c.type().serverError()) {
                assertFalse(c.e().clientDetail().contains("driver said no"), "internals stay in the log");
            }
        }
    }
}
