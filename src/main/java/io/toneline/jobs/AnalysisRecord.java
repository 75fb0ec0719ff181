package io.toneline.jobs;

/**
 * One row of the analyses store.
 *
 * @param id analysis id
 * @param status life-cycle state
 * @param seq change sequence number (cursor position and ETag)
 * @param idempotencyKey the key it was submitted with, if any
 * @param attempts how often a worker started it
 * @param createdAt epoch ms
 * @param startedAt epoch ms, or null
 * @param finishedAt epoch ms, or null
 * @param updatedAt epoch ms
 * @param error failure detail, or null
 * @param result the analysis JSON, or null (also null when not asked for)
 * @param title the title it was submitted with, or null
 */
public record AnalysisRecord(
        String id,
        JobStatus status,
        long seq,
        String idempotencyKey,
        int attempts,
        long createdAt,
        Long startedAt,
        Long finishedAt,
        long updatedAt,
        String error,
        String result,
        String title) {

    /** @return the strong ETag of this version: it changes with every change of the row */
    public String etag() {
        return etagOf(seq);
    }

    /**
     * @param seq a change sequence number
     * @return the quoted entity tag for it
     */
    public static String etagOf(long seq) {
        return "\"a" + seq + "\"";
    }
}
