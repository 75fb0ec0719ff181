package io.toneline.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * {@code FOR UPDATE SKIP LOCKED} and finish them only while they still hold the claim (same owner
 * and attempt), so a job completes exactly once even if two instances ever ran it.
 */
public final class AnalysisStore {

    private static final String COLUMNS = "id, status, seq, idempotency_key, attempts, created_at, started_at, "
            + "finished_at, updated_at, error";

    private final DataSource dataSource;

    /** @param dataSource the database, migrated with db/migration */
    public AnalysisStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A job taken by a worker. */
    public record Claim(String id, String request, int attempt) {}

    /** The row an idempotency key points at. */
    public record KeyedRow(String id, String requestHash) {}

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("analyses store failed: " + e.getMessage(), e);
        }
    }

    private static long nextSeq(Connection c) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE change_counter SET last_seq = last_seq + 1 WHERE id = 1")) {
            up.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

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
        try {
            return inTransaction(c -> {
                long seq = nextSeq(c);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO analyses (id, status, seq, request, "
                        + "request_hash, idempotency_key, result, attempts, created_at, started_at, finished_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                    setLong(ps, 10, done ? now : null);
                    setLong(ps, 11, done ? now : null);
                    ps.setLong(12, now);
                    ps.executeUpdate();
                }
                return new AnalysisRecord(id, status, seq, idempotencyKey, status.finished() ? 1 : 0, now,
                        status.finished() ? now : null, status.finished() ? now : null, now, null, null);
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
     * Takes the oldest queued job, or a running one whose lease ran out (its worker died).
     *
     * @param owner this instance's id
     * @param now epoch ms
     * @param leaseMillis how long the claim holds without renewal
     * @return the claimed job, if any
     */
    public Optional<Claim> claim(String owner, long now, long leaseMillis) {
        if (!anythingToClaim(now)) {
            return Optional.empty(); // the idle path takes no lock
        }
        return inTransaction(c -> {
            // the counter first, as in every writing transaction: one lock order, no deadlocks
            long seq = nextSeq(c);
            String id;
            String request;
            int attempt;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, request, attempts FROM analyses "
                    + "WHERE status = 'queued' OR (status = 'running' AND lease_until < ?) "
                    + "ORDER BY seq FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")) {
                ps.setLong(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        c.rollback(); // give the sequence number back
                        return Optional.<Claim>empty();
                    }
                    id = rs.getString(1);
                    request = rs.getString(2);
                    attempt = rs.getInt(3) + 1;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE analyses SET status = 'running', seq = ?, "
                    + "owner = ?, lease_until = ?, attempts = ?, started_at = ?, updated_at = ? WHERE id = ?")) {
                ps.setLong(1, seq);
                ps.setString(2, owner);
                ps.setLong(3, now + leaseMillis);
                ps.setInt(4, attempt);
                ps.setLong(5, now);
                ps.setLong(6, now);
                ps.setString(7, id);
                ps.executeUpdate();
            }
            return Optional.of(new Claim(id, request, attempt));
        });
    }

    private boolean anythingToClaim(long now) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM analyses WHERE status = 'queued' "
                    + "OR (status = 'running' AND lease_until < ?) FETCH FIRST 1 ROWS ONLY")) {
                ps.setLong(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Extends the leases of this instance's running jobs (no new sequence number: nothing a
     * client sees changes).
     *
     * @param owner this instance's id
     * @param until new lease end, epoch ms
     * @return jobs renewed
     */
    public int renewLeases(String owner, long until) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE analyses SET lease_until = ? WHERE status = 'running' AND owner = ?")) {
                ps.setLong(1, until);
                ps.setString(2, owner);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Records the outcome of a claim, if the claim still holds.
     *
     * @param claim the claim
     * @param owner this instance's id
     * @param result analysis JSON on success, else null
     * @param error failure detail on failure, else null
     * @param now epoch ms
     * @return true when recorded; false when another worker took the job over meanwhile
     */
    public boolean finish(Claim claim, String owner, String result, String error, long now) {
        return inTransaction(c -> {
            long seq = nextSeq(c);
            try (PreparedStatement ps = c.prepareStatement("UPDATE analyses SET status = ?, seq = ?, result = ?, "
                    + "error = ?, owner = NULL, lease_until = NULL, finished_at = ?, updated_at = ? "
                    + "WHERE id = ? AND status = 'running' AND owner = ? AND attempts = ?")) {
                ps.setString(1, result != null ? JobStatus.SUCCEEDED.json() : JobStatus.FAILED.json());
                ps.setLong(2, seq);
                ps.setString(3, result);
                ps.setString(4, error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error);
                ps.setLong(5, now);
                ps.setLong(6, now);
                ps.setString(7, claim.id());
                ps.setString(8, owner);
                ps.setInt(9, claim.attempt());
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            c.rollback(); // give the sequence number back: nothing changed
            return false;
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
                    + " FROM analyses WHERE id = ?")) {
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
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM analyses WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Analyses changed after a cursor, oldest change first.
     *
     * @param since sequence number already seen (0 for all)
     * @param status only this status, or null for all
     * @param limit most rows
     * @return rows without results
     */
    public List<AnalysisRecord> changedSince(long since, JobStatus status, int limit) {
        return inTransaction(c -> {
            String sql = "SELECT " + COLUMNS + " FROM analyses WHERE seq > ?"
                    + (status == null ? "" : " AND status = ?") + " ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, since);
                if (status != null) {
                    ps.setString(2, status.json());
                }
                List<AnalysisRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs, false));
                    }
                }
                return out;
            }
        });
    }

    /**
     * @param id analysis id
     * @return true when it existed
     */
    public boolean delete(String id) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM analyses WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
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

    /**
     * Retention: removes finished analyses older than the cut-off.
     *
     * @param finishedBefore epoch ms
     * @return rows removed
     */
    public int deleteFinishedBefore(long finishedBefore) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM analyses WHERE finished_at IS NOT NULL AND finished_at < ?")) {
                ps.setLong(1, finishedBefore);
                return ps.executeUpdate();
            }
        });
    }

    private static AnalysisRecord read(ResultSet rs, boolean withResult) throws SQLException {
        return new AnalysisRecord(rs.getString(1), JobStatus.parse(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getInt(5), rs.getLong(6), nullableLong(rs, 7), nullableLong(rs, 8), rs.getLong(9), rs.getString(10),
                withResult ? rs.getString(11) : null);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The database failed. */
    public static class StoreException extends RuntimeException {
        /**
         * @param message what failed
         * @param cause the driver's error
         */
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Another submission with the same idempotency key won the race. */
    public static final class DuplicateKeyException extends RuntimeException {
        /** @param key the key */
        public DuplicateKeyException(String key) {
            super("idempotency key already used: " + key);
        }
    }
}
