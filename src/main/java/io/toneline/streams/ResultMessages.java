package io.toneline.streams;

import io.toneline.api.AnalysisStatus;
import io.toneline.jobs.AnalysisRecord;
import io.toneline.jobs.JobStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The results topic's messages, keyed by analysis id: a finished analysis is its
 * {@code GET /v1/analyses/{id}} document (idempotency key included, so that a pipeline can match it to
 * the article it sent); a deleted one is a tombstone (no value), which also lets a compacted topic
 * forget it.
 */
final class ResultMessages {

    /** Above this the analysis is left out of the message (fetch it by id); never reached within the article limits. */
    static final int MAX_VALUE_BYTES = 8 * 1024 * 1024;

    private final ObjectMapper json;
    private final String topic;
    private final int maxValueBytes;

    ResultMessages(ObjectMapper json, String topic) {
        this(json, topic, MAX_VALUE_BYTES);
    }

    ResultMessages(ObjectMapper json, String topic, int maxValueBytes) {
        this.json = json;
        this.topic = topic;
        this.maxValueBytes = maxValueBytes;
    }

    /**
     * @param r a finished (result included when succeeded) or deleted analysis
     * @return its message
     */
    ProducerRecord<String, byte[]> of(AnalysisRecord r) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.FORMAT_VERSION, utf8(Headers.CURRENT_FORMAT));
        if (r.idempotencyKey() != null) {
            headers.add(Headers.IDEMPOTENCY_KEY, utf8(r.idempotencyKey()));
        }
        if (r.status() == JobStatus.DELETED) {
            headers.add(Headers.EVENT, utf8("deleted"));
            return new ProducerRecord<>(topic, null, r.id(), null, headers);
        }
        headers.add(Headers.EVENT, utf8("finished"));
        headers.add(Headers.STATUS, utf8(r.status().json()));
        String model = modelVersion(r.result());
        if (model != null) {
            headers.add(Headers.MODEL_VERSION, utf8(model));
        }
        try {
            byte[] value = json.writeValueAsBytes(AnalysisStatus.of(r));
            if (value.length > maxValueBytes) {
                // a message the topic could refuse would stop the publisher for good: send the status without
                // the analysis, and say so
                headers.add(Headers.ANALYSIS_OMITTED, utf8("too-large"));
                value = json.writeValueAsBytes(AnalysisStatus.of(withoutResult(r)));
            }
            return new ProducerRecord<>(topic, null, r.id(), value, headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis " + r.id(), e);
        }
    }

    private static AnalysisRecord withoutResult(AnalysisRecord r) {
        return new AnalysisRecord(r.id(), r.status(), r.seq(), r.idempotencyKey(), r.attempts(), r.createdAt(),
                r.startedAt(), r.finishedAt(), r.updatedAt(), r.error(), null, r.title());
    }

    /** The version of the model that scored it, as the analysis records it ({@code model.version}). */
    private String modelVersion(String result) {
        if (result == null) {
            return null;
        }
        try {
            JsonNode version = json.readTree(result).path("model").path("version");
            return version.isTextual() ? version.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
