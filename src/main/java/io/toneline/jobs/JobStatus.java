package io.toneline.jobs;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Life cycle of a stored analysis: queued, running, then succeeded or failed; deleted at the end. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** A tombstone: deleted by a client or expired; shown once in the change feed, never by id. */
    DELETED;

    /** @return the lower-case name used in JSON and in the database */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param value a lower-case name
     * @return the status
     * @throws IllegalArgumentException for an unknown name
     */
    public static JobStatus parse(String value) {
        for (JobStatus s : values()) {
            if (s.json().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be one of queued, running, succeeded, failed");
    }

    /** @return true once the job will not change any more */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
