package io.toneline.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.api.JsonStrictness;
import io.toneline.errors.InvalidInputException;
import io.toneline.errors.ModelUnavailableException;
import io.toneline.errors.StoreException;
import io.toneline.errors.StoreUnavailableException;
import io.toneline.errors.TooLargeException;
import io.toneline.errors.TooManyRequestsException;
import io.toneline.errors.UnprocessableException;
import io.toneline.jobs.AnalysisRecord;
import io.toneline.jobs.JobService;
import io.toneline.jobs.JobStatus;
import io.toneline.jobs.StoredRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the Kafka intake makes of each kind of message, and of each answer of the store behind it. */
class ArticleIntakeTest {

    private static final String SOURCE = "kafka:toneline.articles/2/17";

    private final ObjectMapper json = strict();
    private final List<String> keys = new ArrayList<>();
    private final List<StoredRequest> requests = new ArrayList<>();

    private static ObjectMapper strict() {
        ObjectMapper m = new ObjectMapper();
        new JsonStrictness().customize(m);
        return m;
    }

    private ArticleIntake intake(Supplier<RuntimeException> failure) {
        return new ArticleIntake(json, (request, key) -> {
            RuntimeException e = failure == null ? null : failure.get();
            if (e != null) {
                throw e;
            }
            requests.add(request);
            keys.add(key);
            AnalysisRecord r = new AnalysisRecord("id-" + keys.size(), JobStatus.QUEUED, 1, key, 0, 0, null, null, 0,
                    null, null, request.title());
            return new JobService.Submission(r, null, false);
        }, false);
    }

    private static byte[] b(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGoodMessageIsStoredUnderItsKey() {
        ArticleIntake.Outcome o = intake(null).take(b("wire-42"),
                b("{\"text\":\"Russia and Ukraine agreed to talks.\",\"title\":\"Talks\",\"rollUpToStates\":true}"), SOURCE);
        assertEquals(new ArticleIntake.Stored("id-1", false), o);
        assertEquals(List.of("wire-42"), keys);
        assertEquals("Talks", requests.get(0).title());
        assertTrue(requests.get(0).rollUpToStates());
    }

    @Test
    void aMessageWithoutKeyIsKeyedByWhereItSits() {
        intake(null).take(null, b("{\"text\":\"Talks resumed.\"}"), SOURCE);
        assertEquals(List.of(SOURCE), keys, "read twice, the same offset finds the same analysis");
    }

    static Stream<Arguments> refused() {
        String tooLong = "k".repeat(201);
        return Stream.of(
                Arguments.of("not JSON", "wire-1", "Russia imposed sanctions", 400, "malformed-json"),
                Arguments.of("truncated JSON", "wire-1", "{\"text\": \"Russia", 400, "malformed-json"),
                Arguments.of("duplicate field", "wire-1", "{\"text\":\"a\",\"text\":\"b\"}", 400, "malformed-json"),
                Arguments.of("text not a string", "wire-1", "{\"text\": [\"a\"]}", 400, "malformed-json"),
                Arguments.of("no value", "wire-1", null, 400, "invalid-input"),
                Arguments.of("empty value", "wire-1", "", 400, "invalid-input"),
                Arguments.of("JSON null", "wire-1", "null", 400, "invalid-input"),
                Arguments.of("actor without name", "wire-1", "{\"text\":\"a\",\"actors\":[{\"aliases\":[\"x\"]}]}", 400,
                        "invalid-input"),
                Arguments.of("bad publishedAt", "wire-1", "{\"text\":\"a\",\"publishedAt\":\"yesterday\"}", 400,
                        "invalid-input"),
                Arguments.of("key too long", tooLong, "{\"text\":\"a\"}", 400, "invalid-input"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void badMessagesAreRefusedWithTheProblemHttpWouldGive(String name, String key, String value, int status,
            String slug) {
        ArticleIntake.Outcome o = intake(null).take(b(key), b(value), SOURCE);
        ArticleIntake.Refused r = assertInstanceOf(ArticleIntake.Refused.class, o);
        assertEquals(status, r.problem().status());
        assertTrue(r.problem().type().endsWith(slug), r.problem().type());
        assertEquals(SOURCE, r.problem().instance());
        assertTrue(keys.isEmpty(), "nothing stored");
    }

    @Test
    void aKeyThatIsNotUtf8IsRefused() {
        ArticleIntake.Outcome o = intake(null).take(new byte[] {(byte) 0xC3, (byte) 0x28}, b("{\"text\":\"a\"}"), SOURCE);
        assertEquals(400, assertInstanceOf(ArticleIntake.Refused.class, o).problem().status());
    }

    static Stream<Arguments> serviceAnswers() {
        return Stream.of(
                // the service cannot take work now: read the message again later
                Arguments.of("store down", (Supplier<RuntimeException>) () -> new StoreUnavailableException("down"), 0),
                Arguments.of("queue full", (Supplier<RuntimeException>) () -> new TooManyRequestsException("full", 3), 0),
                Arguments.of("model loading", (Supplier<RuntimeException>) () -> new ModelUnavailableException("loading"), 0),
                // the message itself is wrong: refused
                Arguments.of("too large", (Supplier<RuntimeException>) () -> new TooLargeException("too long"), 413),
                Arguments.of("key reused", (Supplier<RuntimeException>) () -> new UnprocessableException("reused"), 422),
                Arguments.of("invalid", (Supplier<RuntimeException>) () -> new InvalidInputException("empty"), 400),
                // our failure: kept in the dead-letter topic rather than blocking the partition
                Arguments.of("store failed", (Supplier<RuntimeException>) () -> new StoreException("x", new RuntimeException()), 500),
                Arguments.of("a bug", (Supplier<RuntimeException>) () -> new IllegalStateException("bug"), 500));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceAnswers")
    void whatTheServiceAnswersDecidesRetryOrRefusal(String name, Supplier<RuntimeException> failure, int status) {
        ArticleIntake.Outcome o = intake(failure).take(b("wire-1"), b("{\"text\":\"Talks resumed.\"}"), SOURCE);
        if (status == 0) {
            ArticleIntake.Retry retry = assertInstanceOf(ArticleIntake.Retry.class, o);
            assertTrue(retry.after().compareTo(Duration.ZERO) > 0);
        } else {
            ArticleIntake.Refused r = assertInstanceOf(ArticleIntake.Refused.class, o);
            assertEquals(status, r.problem().status());
            if (status == 500) {
                assertTrue(r.problem().detail().contains("has been logged"), "no internals: " + r.problem().detail());
            }
        }
    }
}
