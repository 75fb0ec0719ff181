package io.toneline.jobs;

import io.toneline.errors.DuplicateKeyException;
import io.toneline.errors.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The analyses table over plain JDBC; the same SQL runs on H2 and PostgreSQL.
 *
 * <p>Every change bumps the single {@code change_counter} row in the same transaction and stamps
 * the analysis with the new value ({@code seq}). The counter's row lock orders those transactions,
 * so sequence numbers become visible in increasing order: a poller that has seen {@code seq = N}
 * can never later find a change with a smaller number. Workers claim jobs with
 * {@code FOR UPDATE SKIP LOCKED} ({@link JobQueue}) and finish them only while they still hold the
 * claim (same owner and attempt), so a job completes exactly once even if two instances ever ran it.
 */
public final class AnalysisStore {

    /** The columns {@link #read} expects, in its order; {@code result} may follow. */
    static final String COLUMNS = "id, status, seq, idempotency_key, attempts, created_at, started_at, "
            + "finished_at, updated_at, error, title";

    private final Jdbc jdbc;
    private final JobQueue queue;
    private final AnalysisFeed feed;

    /** @param dataSource the database, migrated with db/migration */
    public AnalysisStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
        this.queue = new JobQueue(jdbc);
        this.feed = new AnalysisFeed(jdbc);
    }

    /** @return the change feed and the newest analyses, on the same table */
    public AnalysisFeed feed() {
        return feed;
    }

    /** @return claims, leases and outcomes of queued jobs, on the same database */
    public JobQueue queue() {
        return queue;
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return jdbc.inTransaction(work);
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
     * @param result analysis JSON when already done, else null
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
     * @param result analysis JSON when already done, else null
     * @param now epoch ms
     * @param publishedAt when the article was published, epoch ms (the submission time if unknown)
     * @param tones per actor, how the analysis treated it
     * @return the stored row (without result)
     */
    public AnalysisRecord insert(String id, JobStatus status, String request, String requestHash,
            String idempotencyKey, String title, String result, long now, long publishedAt, List<ActorTone> tones) {
        try {
            return jdbc.written(c -> {
                long seq = Jdbc.nextSeq(c);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO analyses (id, status, seq, request, "
                        + "request_hash, idempotency_key, result, attempts, created_at, started_at, finished_at, "
                        + "updated_at, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    boolean done = status.finished();
                    ps.setString(1, id);
                    ps.setString(2, status.json());
                    ps.setLong(3, seq);
                    ps.setString(4, request);
                    ps.setString(5, requestHash);
                    ps.setString(6, idempotencyKey);
                    ps.setString(7, result);
                    ps.setInt(8, done ? 1 : 0);
                    ps.setLong(9, now);
                    Jdbc.setLong(ps, 10, done ? now : null);
                    Jdbc.setLong(ps, 11, done ? now : null);
                    ps.setLong(12, now);
                    ps.setString(13, title);
                    ps.executeUpdate();
                }
                if (result != null) {
                    ActorIndex.write(c, id, publishedAt, tones);
                }
                return new AnalysisRecord(id, status, seq, idempotencyKey, status.finished() ? 1 : 0, now,
                        status.finished() ? now : null, status.finished() ? now : null, now, null, null, title);
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
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, request_hash FROM analyses WHERE idempotency_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new KeyedRow(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /**
     * @param id analysis id
     * @param withResult also read the analysis JSON
     * @return the row, if it exists
     */
    public Optional<AnalysisRecord> get(String id, boolean withResult) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + (withResult ? ", result" : "")
                    + " FROM analyses WHERE id = ? AND status <> 'deleted'")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs, withResult)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The cheapest read there is: the current version of one analysis, for conditional GETs.
     *
     * @param id analysis id
     * @return its sequence number, if it exists
     */
    public Optional<Long> seqOf(String id) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq FROM analyses WHERE id = ? AND status <> 'deleted'")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * @param id analysis id
     * @return true when it existed
     */
    public boolean delete(String id) {
        return inTransaction(c -> {
            boolean done = tombstone(c, id, System.currentTimeMillis());
            if (!done) {
                c.rollback(); // give the sequence number back
            }
            return done;
        });
    }

    /**
     * Turns an analysis into a tombstone: its request, result and key are dropped, and it gets a new
     * sequence number, so that pollers of the change feed see it once as {@code deleted} and drop it.
     */
    private static boolean tombstone(java.sql.Connection c, String id, long now) throws SQLException {
        long seq = Jdbc.nextSeq(c);
        try (PreparedStatement ps = c.prepareStatement("UPDATE analyses SET status = 'deleted', seq = ?, "
                + "request = '{}', request_hash = '', result = NULL, error = NULL, idempotency_key = NULL, title = NULL, "
                + "owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND status <> 'deleted'")) {
            ps.setLong(1, seq);
            ps.setLong(2, now);
            ps.setString(3, id);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        ActorIndex.delete(c, id);
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
                jdbc.written(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE change_counter SET last_seq = last_seq WHERE id = 1")) {
                        return ps.executeUpdate();
                    }
                });
            } catch (RuntimeException e) {
                // the state holds the reason (unavailable) or the store failed otherwise; either way not ready
                return jdbc.state().unavailableReason() != null ? jdbc.state().unavailableReason() : e.getMessage();
            }
        }
        return jdbc.state().unavailableReason();
    }

    private static final long PROBE_MILLIS = 5_000;
    private volatile long lastProbe;

    /** @return the database access this store uses, for the other views of the same tables */
    Jdbc jdbc() {
        return jdbc;
    }

    /** @return jobs waiting for a worker */
    public int countQueued() {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM analyses WHERE status = 'queued'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** @return how many stored analyses have each status (statuses with none are left out) */
    public java.util.Map<String, Long> countByStatus() {
        return inTransaction(c -> {
            java.util.Map<String, Long> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM analyses GROUP BY status");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
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
        List<String> expired = inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM analyses WHERE finished_at IS NOT NULL "
                    + "AND finished_at < ? AND status IN ('succeeded', 'failed') FETCH FIRST 1000 ROWS ONLY")) {
                ps.setLong(1, finishedBefore);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
        int n = 0;
        for (String id : expired) {
            n += delete(id) ? 1 : 0;
        }
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM analyses WHERE status = 'deleted' AND updated_at < ?")) {
                ps.setLong(1, finishedBefore);
                return ps.executeUpdate();
            }
        });
        return n;
    }

    /** Reads a row selected with {@link #COLUMNS} (and {@code result} after them when asked for). */
    static AnalysisRecord read(ResultSet rs, boolean withResult) throws SQLException {
        return new AnalysisRecord(rs.getString(1), JobStatus.parse(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getInt(5), rs.getLong(6), Jdbc.nullableLong(rs, 7), Jdbc.nullableLong(rs, 8), rs.getLong(9), rs.getString(10),
                withResult ? rs.getString(12) : null, rs.getString(11));
    }
}
