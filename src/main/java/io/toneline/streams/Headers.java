package io.toneline.streams;

/** Names of the Kafka headers Toneline writes; documented in the README ("Kafka"). */
final class Headers {

    /** Version of the result message's value: the {@code GET /v1/analyses/{id}} document as of this format. */
    static final String FORMAT_VERSION = "toneline-format-version";
    /** The format this release writes. */
    static final String CURRENT_FORMAT = "1";
    /** Version of the model that scored the analysis. */
    static final String MODEL_VERSION = "toneline-model-version";
    /** {@code finished} (value: the analysis) or {@code deleted} (no value: a tombstone). */
    static final String EVENT = "toneline-event";
    /** {@code succeeded} or {@code failed} on finished analyses. */
    static final String STATUS = "toneline-status";
    /** The idempotency key the article was submitted with (the article message's key), when there was one. */
    static final String IDEMPOTENCY_KEY = "toneline-idempotency-key";
    /** {@code too-large} when the analysis was left out of a result message (fetch it with {@code GET /v1/analyses/{id}}). */
    static final String ANALYSIS_OMITTED = "toneline-analysis-omitted";
    /** On dead letters: the problem document (application/problem+json). */
    static final String PROBLEM = "toneline-problem";
    /** On dead letters: where the refused message was read. */
    static final String SOURCE_TOPIC = "toneline-source-topic";
    static final String SOURCE_PARTITION = "toneline-source-partition";
    static final String SOURCE_OFFSET = "toneline-source-offset";

    private Headers() {}
}
