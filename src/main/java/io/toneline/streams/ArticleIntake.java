package io.toneline.streams;

import io.toneline.api.AnalysisRequest;
import io.toneline.api.AnalysisRequests;
import io.toneline.api.JsonProblems;
import io.toneline.api.Problem;
import io.toneline.errors.ProblemType;
import io.toneline.errors.TonelineException;
import io.toneline.jobs.JobService;
import io.toneline.jobs.StoredRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jboss.logging.Logger;

/**
 * What one message of the articles topic becomes: a queued analysis (its key as the idempotency key, so
 * a message read twice stores one analysis), a refusal with the problem document that HTTP would have
 * answered, or "try again later" when the service cannot take work right now (store down, queue full,
 * model loading). Plain Java: the consumer loop owns Kafka, this class owns the decision.
 */
public final class ArticleIntake {

    private static final Logger LOG = Logger.getLogger(ArticleIntake.class);

    /** What became of a message. */
    public sealed interface Outcome permits Stored, Refused, Retry {}

    /**
     * Stored as a queued analysis (or found stored by an earlier reading of the same message).
     *
     * @param analysisId the analysis
     * @param replayed true when the key had been stored before
     */
    public record Stored(String analysisId, boolean replayed) implements Outcome {}

    /**
     * Refused for good: goes to the dead-letter topic.
     *
     * @param problem why, as {@code POST /v1/analyses} would have answered
     */
    public record Refused(Problem problem) implements Outcome {}

    /**
     * Not taken now; read the message again after a pause.
     *
     * @param after the service's retry hint
     * @param reason what stopped it, for the log
     */
    public record Retry(Duration after, String reason) implements Outcome {}

    /** Stores a checked request as a queued analysis ({@link JobService#submit}). */
    @FunctionalInterface
    public interface Submitter {
        /**
         * @param request the request
         * @param key its idempotency key
         * @return the submission
         */
        JobService.Submission submit(StoredRequest request, String key);
    }

    private final ObjectMapper json;
    private final Submitter submitter;
    private final boolean rollUpByDefault;

    /**
     * @param json the service's strict object mapper
     * @param submitter where requests go
     * @param rollUpByDefault the service's default for {@code rollUpToStates}
     */
    public ArticleIntake(ObjectMapper json, Submitter submitter, boolean rollUpByDefault) {
        this.json = json;
        this.submitter = submitter;
        this.rollUpByDefault = rollUpByDefault;
    }

    /**
     * @param key the message key (the idempotency key), or null
     * @param value the message value: the JSON body of {@code POST /v1/analyses}
     * @param source where the message sits ({@code kafka:<topic>/<partition>/<offset>}): the problem's
     *     instance, and the idempotency key of a message without a key
     * @return what became of it
     */
    public Outcome take(byte[] key, byte[] value, String source) {
        try {
            String idempotencyKey = key == null ? source : AnalysisRequests.idempotencyKey(utf8(key));
            if (value == null || value.length == 0) {
                return refused(ProblemType.INVALID_INPUT, "the message has no value; send the JSON body of "
                        + "POST /v1/analyses, such as {\"text\": \"...\"}", source);
            }
            StoredRequest request = AnalysisRequests.fromJson(json.readValue(value, AnalysisRequest.class),
                    rollUpByDefault);
            JobService.Submission s = submitter.submit(request, idempotencyKey);
            return new Stored(s.record().id(), s.replayed());
        } catch (JsonProcessingException e) {
            return refused(ProblemType.MALFORMED_JSON, JsonProblems.describe(e), source);
        } catch (IOException e) {
            return refused(ProblemType.MALFORMED_JSON, "the message value cannot be read as JSON", source);
        } catch (TonelineException e) {
            if (e.retryAfterSeconds().isPresent()) {
                return new Retry(Duration.ofSeconds(e.retryAfterSeconds().getAsInt()), e.getMessage());
            }
            if (e.type().serverError()) {
                LOG.errorf(e, "message %s failed", source);
            }
            return refused(e.type(), e.clientDetail(), source);
        } catch (RuntimeException e) {
            // kept in the dead-letter topic, never lost and never blocking the partition behind it
            LOG.errorf(e, "message %s failed", source);
            return refused(ProblemType.INTERNAL_ERROR, "the service failed on this message; the error has been "
                    + "logged", source);
        }
    }

    private static Refused refused(ProblemType type, String detail, String source) {
        return new Refused(Problem.of(type, detail, source));
    }

    /** Keys must be text: an idempotency key that is not UTF-8 is refused rather than mangled. */
    private static String utf8(byte[] key) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(key)).toString();
        } catch (CharacterCodingException e) {
            throw new io.toneline.errors.InvalidInputException("the message key must be UTF-8 text (it is the "
                    + "idempotency key)");
        }
    }
}
