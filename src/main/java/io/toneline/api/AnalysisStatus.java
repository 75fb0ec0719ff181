package io.toneline.api;

import io.toneline.jobs.AnalysisRecord;
import io.toneline.jobs.JobStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/**
 * A stored analysis as {@code GET /v1/analyses/{id}} shows it: its state and, once it succeeded,
 * the full analysis (the same document the synchronous call returns).
 *
 * @param id analysis id
 * @param title the title it was submitted with (null when none; always present, also in the change feed)
 * @param status queued, running, succeeded or failed
 * @param createdAt when it was accepted
 * @param startedAt when a worker last started it
 * @param finishedAt when it finished
 * @param updatedAt when it last changed
 * @param attempts how often a worker started it
 * @param idempotencyKey the key it was submitted with (shown to admins only)
 * @param error what went wrong, when failed
 * @param analysis the analysis, when succeeded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisStatus(
        String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) String title,
        JobStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant updatedAt,
        int attempts,
        String idempotencyKey,
        String error,
        @JsonRawValue String analysis) {

    /**
     * @param r a stored row
     * @return its status document
     */
    public static AnalysisStatus of(AnalysisRecord r) {
        return new AnalysisStatus(r.id(), r.title(), r.status(), Instant.ofEpochMilli(r.createdAt()),
                instant(r.startedAt()), instant(r.finishedAt()), Instant.ofEpochMilli(r.updatedAt()), r.attempts(), r.idempotencyKey(),
                r.error(), r.result());
    }

    /** @return this document without its {@code idempotencyKey} (which only admins see) */
    public AnalysisStatus withoutIdempotencyKey() {
        return new AnalysisStatus(id, title, status, createdAt, startedAt, finishedAt, updatedAt, attempts, null, error,
                analysis);
    }

    private static Instant instant(Long ms) {
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }
}
