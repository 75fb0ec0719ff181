package io.toneline.jobs;

import io.toneline.errors.StoreException;
import io.toneline.jobs.stored.StoredAnalyses;

import java.util.ArrayList;
import java.util.List;

/**
 * The change feed as a publisher reads it: analyses that finished (succeeded or failed) or were deleted
 * after a cursor, with their results as the API shows them. Rows still queued or running are passed over;
 * they come round again with a higher sequence number when they finish.
 */
public final class Outcomes {

    private final Jdbc jdbc;
    private final StoredAnalyses results;

    Outcomes(Jdbc jdbc, StoredAnalyses results) {
        this.jdbc = jdbc;
        this.results = results;
    }

    /**
     * @param rows finished and deleted analyses, oldest change first (results included for succeeded ones)
     * @param last the sequence number read up to: the cursor to continue from
     */
    public record Page(List<AnalysisRecord> rows, long last) {}

    /**
     * @param since the cursor (0 for all)
     * @param limit most changes to read
     * @return the outcomes among the next {@code limit} changes after the cursor
     */
    public Page since(long since, int limit) {
        // one transaction: the rows and their results are one consistent reading of the feed
        List<Read> reads = jdbc.inTransaction(h -> h.createQuery("SELECT " + AnalysisRows.COLUMNS
                        + ", result, result_format FROM analyses WHERE seq > :since ORDER BY seq FETCH FIRST "
                        + limit + " ROWS ONLY")
                .bind("since", since)
                .map((rs, ctx) -> new Read(AnalysisRows.record(rs, null), rs.getString("result"),
                        rs.getInt("result_format")))
                .list());
        long last = reads.isEmpty() ? since : reads.get(reads.size() - 1).row().seq();
        List<AnalysisRecord> rows = new ArrayList<>(reads.size());
        for (Read r : reads) {
            JobStatus status = r.row().status();
            if (status.finished() || status == JobStatus.DELETED) {
                rows.add(r.result() == null || status == JobStatus.DELETED ? r.row()
                        : AnalysisRows.withResult(r.row(), apiJson(r)));
            }
        }
        return new Page(rows, last);
    }

    private String apiJson(Read r) {
        try {
            return results.apiJson(r.format(), r.result());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new StoreException("analysis " + r.row().id() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private record Read(AnalysisRecord row, String result, int format) {}
}
