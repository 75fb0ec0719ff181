package io.toneline.jobs;

import io.toneline.errors.DuplicateKeyException;
import io.toneline.errors.StoreException;
import io.toneline.jobs.stored.StoredAnalyses;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jdbi.v3.core.Handle;

/**
 * The analyses table; the same SQL runs on H2 and PostgreSQL.
 *
 * <p>Every change bumps the single {@code change_counter} row in the same transaction and stamps
 * the analysis with the new value ({@code seq}). The counter's row lock orders those transactions,
 * so sequence numbers become visible in increasing order: a poller that has seen {@code seq = N}
 * can never later find a change with a smaller number. Workers claim jobs with
 * {@code FOR UPDATE SKIP LOCKED} ({@link JobQueue}) and finish them only while they still hold the
 * claim (same owner and attempt), so a job completes exactly once even if two instances ever ran it.
 *
 * <p>Results are stored in a numbered format ({@link StoredAnalyses}), written and read through that
 * format's own records, and handed out as the API's JSON.
 */
public final class AnalysisStore {

    private final Jdbc jdbc;
    private final StoredAnalyses results;
    private final JobQueue queue;
    private final AnalysisFeed feed;
    private final Outcomes outcomes;
    private final RoleLeases leases;

    /**
     * A store that writes API JSON with a plain Jackson mapper (tests and tools).
     *
     * @param dataSource the database, migrated with db/migration
     */
    public AnalysisStore(DataSource dataSource) {
        this(new Jdbc(dataSource), new StoredAnalyses(new ObjectMapper()));
    }

    AnalysisStore(Jdbc jdbc, StoredAnalyses results) {
        this.jdbc = jdbc;
        this.results = results;
        this.queue = new JobQueue(jdbc);
        this.feed = new AnalysisFeed(jdbc);
        this.outcomes = new Outcomes(jdbc, results);
        this.leases = new RoleLeases(jdbc);
    }

    /** @return finished and deleted analyses after a cursor, for publishers */
    public Outcomes outcomes() {
        return outcomes;
    }

    /** @return roles one instance at a time holds */
    public RoleLeases leases() {
        return leases;
    }

    /** @return the change feed and the newest analyses, on the same table */
    public AnalysisFeed feed() {
        return feed;
    }

    /** @return claims, leases and outcomes of queued jobs, on the same database */
    public JobQueue queue() {
        return queue;
    }

    /** The row an idempotency key points at. */
    public record KeyedRow(String id, String requestHash) {}

    /**
     * Stores a new analysis.
     *
     * @param id new id
     * @param status {@code QUEUED} for async work, {@code SUCCEEDED} for a finished synchronous one
     * @param request the request JSON
     * @param requestHash its hash
     * @param idempotencyKey key or null
     * @param result the analysis in its stored form ({@link StoredAnalyses#write}) when already done, else null
     * @param now epoch ms
     * @return the stored row (without result)
     * @throws DuplicateKeyException when the idempotency key is taken (a concurrent submit)
     */
    public AnalysisRecord insert(String id, JobStatus status, String request, String requestHash,
            String idempotencyKey, String result, long now) {
        return insert(id, status, request, requestHash, idempotencyKey, null, result, now, now, List.of());
    }

    /**
     * Stores a new analysis and, when it is finished, its actor rows in the same transaction.
     *
     * @param id new id
     * @param status {@code QUEUED} or {@code SUCCEEDED}
     * @param request the request JSON
     * @param requestHash its hash
     * @param idempotencyKey key or null
     * @param title the article's title, or null (shown in the change feed)
     * @param result the analysis in its stored form when already done, else null
     * @param now epoch ms
     * @param publishedAt when the article was published, epoch ms (the submission time if unknown)
     * @param tones per actor, how the analysis treated it
     * @return the stored row (without result)
     */
    public AnalysisRecord insert(String id, JobStatus status, String request, String requestHash,
            String idempotencyKey, String title, String result, long now, long publishedAt, List<ActorTone> tones) {
        return insert(id, status, request, requestHash, idempotencyKey, title, result, now, publishedAt, tones, null);
    }

    /**
     * Queues an analysis if {@code admission} lets it in; the count it decides on and the insert are
     * one transaction under the change counter's lock, so the limit holds however many submit at once.
     *
     * @param id new id
     * @param request the request JSON
     * @param requestHash its hash
     * @param idempotencyKey key or null
     * @param title the article's title, or null
     * @param now epoch ms
     * @param admission the queue limit
     * @return the stored row
     * @throws io.toneline.errors.TooManyRequestsException when the queue is full
     * @throws DuplicateKeyException when the idempotency key is taken (a concurrent submit)
     */
    public AnalysisRecord enqueue(String id, String request, String requestHash, String idempotencyKey, String title,
            long now, Admission admission) {
        return insert(id, JobStatus.QUEUED, request, requestHash, idempotencyKey, title, null, now, now, List.of(),
                admission);
    }

    private AnalysisRecord insert(String id, JobStatus status, String request, String requestHash,
            String idempotencyKey, String title, String result, long now, long publishedAt, List<ActorTone> tones,
            Admission admission) {
        boolean done = status.finished();
        try {
            return jdbc.written(h -> {
                long seq = Jdbc.nextSeq(h);
                if (admission != null) {
                    admission.admit(countQueued(h)); // under the counter's lock: no insert can come between
                }
                h.createUpdate("INSERT INTO analyses (id, status, seq, request, request_hash, idempotency_key, result, "
                        + "result_format, attempts, created_at, started_at, finished_at, updated_at, title) VALUES (:id, "
                        + ":status, :seq, :request, :hash, :key, :result, :format, :attempts, :now, :done, :done, :now, "
                        + ":title)")
                        .bind("id", id)
                        .bind("status", status.json())
                        .bind("seq", seq)
                        .bind("request", request)
                        .bind("hash", requestHash)
                        .bind("key", idempotencyKey)
                        .bind("result", result)
                        .bind("format", StoredAnalyses.CURRENT)
                        .bind("attempts", done ? 1 : 0)
                        .bind("now", now)
                        .bind("done", done ? (Long) now : null)
                        .bind("title", title)
                        .execute();
                if (result != null) {
                    ActorIndex.write(h, id, publishedAt, tones);
                }
                return new AnalysisRecord(id, status, seq, idempotencyKey, done ? 1 : 0, now, done ? now : null,
                        done ? now : null, now, null, null, title);
            });
        } catch (StoreException e) {
            if (idempotencyKey != null && findByKey(idempotencyKey).isPresent()) {
                throw new DuplicateKeyException(idempotencyKey);
            }
            throw e;
        }
    }

    /**
     * @param key an idempotency key
     * @return the analysis submitted with it, if any
     */
    public Optional<KeyedRow> findByKey(String key) {
        return jdbc.inTransaction(h -> h.createQuery("SELECT id, request_hash FROM analyses WHERE idempotency_key = :key")
                .bind("key", key)
                .map((rs, ctx) -> new KeyedRow(rs.getString("id"), rs.getString("request_hash")))
                .findOne());
    }

    /** A row as read, its result still in the stored form. */
    private record Read(AnalysisRecord row, String result, int format) {}

    /**
     * @param id analysis id
     * @param withResult also read the analysis, as the API's JSON
     * @return the row, if it exists
     * @throws StoreException when its result is in a format this release cannot read
     */
    public Optional<AnalysisRecord> get(String id, boolean withResult) {
        Optional<Read> read = jdbc.inTransaction(h -> h.createQuery("SELECT " + AnalysisRows.COLUMNS
                        + (withResult ? ", result, result_format" : "") + " FROM analyses WHERE id = :id AND status <> 'deleted'")
                .bind("id", id)
                .map((rs, ctx) -> new Read(AnalysisRows.record(rs, null), withResult ? rs.getString("result") : null,
                        withResult ? rs.getInt("result_format") : 0))
                .findOne());
        return read.map(r -> r.result() == null ? r.row() : AnalysisRows.withResult(r.row(), apiJson(id, r)));
    }

    private String apiJson(String id, Read r) {
        try {
            return results.apiJson(r.format(), r.result());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new StoreException("analysis " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The cheapest read there is: the current version of one analysis, for conditional GETs.
     *
     * @param id analysis id
     * @return its sequence number, if it exists
     */
    public Optional<Long> seqOf(String id) {
        return jdbc.inTransaction(h -> h.createQuery("SELECT seq FROM analyses WHERE id = :id AND status <> 'deleted'")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne());
    }

    /**
     * @param id analysis id
     * @return true when it existed
     */
    public boolean delete(String id) {
        return jdbc.inTransaction(h -> {
            boolean done = tombstone(h, id, System.currentTimeMillis());
            if (!done) {
                h.rollback(); // give the sequence number back
            }
            return done;
        });
    }

    /**
     * Turns an analysis into a tombstone: its request, result and key are dropped, and it gets a new
     * sequence number, so that pollers of the change feed see it once as {@code deleted} and drop it.
     */
    private static boolean tombstone(Handle h, String id, long now) {
        long seq = Jdbc.nextSeq(h);
        int changed = h.createUpdate("UPDATE analyses SET status = 'deleted', seq = :seq, request = '{}', "
                        + "request_hash = '', result = NULL, error = NULL, idempotency_key = NULL, title = NULL, "
                        + "owner = NULL, lease_until = NULL, updated_at = :now WHERE id = :id AND status <> 'deleted'")
                .bind("seq", seq)
                .bind("now", now)
                .bind("id", id)
                .execute();
        if (changed != 1) {
            return false;
        }
        ActorIndex.delete(h, id);
        return true;
    }

    /**
     * Whether the store can write now: the state the last operation left, refreshed by a write that
     * changes nothing (the change counter set to itself) at most every {@value #PROBE_MILLIS} ms, so that
     * a full disk shows even when nobody submits.
     *
     * @return why the store cannot write, or null when it can
     */
    public String unavailableReason() {
        long now = System.currentTimeMillis();
        if (now - lastProbe >= PROBE_MILLIS) {
            lastProbe = now;
            try {
                jdbc.written(h -> h.execute("UPDATE change_counter SET last_seq = last_seq WHERE id = 1"));
            } catch (RuntimeException e) {
                // the state holds the reason (unavailable) or the store failed otherwise; either way not ready
                return jdbc.state().unavailableReason() != null ? jdbc.state().unavailableReason() : e.getMessage();
            }
        }
        return jdbc.state().unavailableReason();
    }

    private static final long PROBE_MILLIS = 5_000;
    private volatile long lastProbe;

    /** @return jobs waiting for a worker */
    public int countQueued() {
        return jdbc.inTransaction(h -> (int) countQueued(h));
    }

    private static long countQueued(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM analyses WHERE status = 'queued'").mapTo(Long.class).one();
    }

    /** @return how many stored analyses have each status (statuses with none are left out) */
    public Map<String, Long> countByStatus() {
        return jdbc.inTransaction(h -> {
            Map<String, Long> out = new HashMap<>();
            h.createQuery("SELECT status, COUNT(*) AS n FROM analyses GROUP BY status")
                    .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /**
     * Retention: removes finished analyses older than the cut-off.
     *
     * @param finishedBefore epoch ms
     * @return rows removed
     */
    public int deleteFinishedBefore(long finishedBefore) {
        // first into tombstones (pollers see each expiry once), then tombstones older than the cut-off go
        List<String> expired = jdbc.inTransaction(h -> h.createQuery("SELECT id FROM analyses WHERE finished_at IS NOT "
                        + "NULL AND finished_at < :before AND status IN ('succeeded', 'failed') FETCH FIRST 1000 ROWS ONLY")
                .bind("before", finishedBefore)
                .mapTo(String.class)
                .list());
        int n = 0;
        for (String id : expired) {
            n += delete(id) ? 1 : 0;
        }
        jdbc.inTransaction(h -> h.createUpdate("DELETE FROM analyses WHERE status = 'deleted' AND updated_at < :before")
                .bind("before", finishedBefore)
                .execute());
        return n;
    }
}
