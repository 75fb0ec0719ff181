package io.toneline.jobs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * The job side of the analyses table: workers claim queued jobs (or running ones whose lease ran
 * out) with {@code FOR UPDATE SKIP LOCKED}, renew their leases, and record outcomes only while their
 * claim still holds.
 */
public final class JobQueue {

    private final Jdbc jdbc;

    JobQueue(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A job taken by a worker.
     *
     * @param id analysis id
     * @param request the stored request JSON
     * @param attempt which attempt this is (1 for the first)
     * @param createdAt when it was submitted, epoch ms
     */
    public record Claim(String id, String request, int attempt, long createdAt) {}

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
        return jdbc.inTransaction(c -> {
            // the counter first, as in every writing transaction: one lock order, no deadlocks
            long seq = Jdbc.nextSeq(c);
            String id;
            String request;
            int attempt;
            long createdAt;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, request, attempts, created_at FROM analyses "
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
                    createdAt = rs.getLong(4);
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
            return Optional.of(new Claim(id, request, attempt, createdAt));
        });
    }

    private boolean anythingToClaim(long now) {
        return jdbc.inTransaction(c -> {
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
     * Extends the leases of the given claims, the ones a worker is running now (no new sequence
     * number: nothing a client sees changes). A claim this instance holds but no longer works on is
     * not renewed, so its lease runs out and the job is taken again.
     *
     * @param owner this instance's id
     * @param claims the claims in flight
     * @param until new lease end, epoch ms
     * @return jobs renewed
     */
    public int renewLeases(String owner, List<Claim> claims, long until) {
        return jdbc.inTransaction(c -> {
            int renewed = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE analyses SET lease_until = ? "
                    + "WHERE id = ? AND status = 'running' AND owner = ? AND attempts = ?")) {
                for (Claim claim : claims) {
                    ps.setLong(1, until);
                    ps.setString(2, claim.id());
                    ps.setString(3, owner);
                    ps.setInt(4, claim.attempt());
                    renewed += ps.executeUpdate();
                }
            }
            return renewed;
        });
    }

    /**
     * Puts a claimed job back in the queue, unfinished (the worker could not run it now: no model,
     * overload, shutdown). Does nothing when the claim no longer holds.
     *
     * @param claim the claim
     * @param owner this instance's id
     * @param now epoch ms
     * @return true when the job is queued again
     */
    public boolean release(Claim claim, String owner, long now) {
        return jdbc.inTransaction(c -> {
            long seq = Jdbc.nextSeq(c);
            try (PreparedStatement ps = c.prepareStatement("UPDATE analyses SET status = 'queued', seq = ?, "
                    + "owner = NULL, lease_until = NULL, started_at = NULL, updated_at = ? "
                    + "WHERE id = ? AND status = 'running' AND owner = ? AND attempts = ?")) {
                ps.setLong(1, seq);
                ps.setLong(2, now);
                ps.setString(3, claim.id());
                ps.setString(4, owner);
                ps.setInt(5, claim.attempt());
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            c.rollback();
            return false;
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
        return finish(claim, owner, result, error, now, now, List.of());
    }

    /**
     * Records the outcome of a claim and, on success, the analysis' actor rows, if the claim still holds.
     *
     * @param claim the claim
     * @param owner this instance's id
     * @param result analysis JSON on success, else null
     * @param error failure detail on failure, else null
     * @param now epoch ms
     * @param publishedAt when the article was published, epoch ms
     * @param tones per actor, how the analysis treated it (success only)
     * @return true when recorded; false when another worker took the job over meanwhile
     */
    public boolean finish(Claim claim, String owner, String result, String error, long now, long publishedAt,
            List<ActorTone> tones) {
        return jdbc.written(c -> {
            long seq = Jdbc.nextSeq(c);
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
                    if (result != null) {
                        ActorIndex.write(c, claim.id(), publishedAt, tones);
                    }
                    return true;
                }
            }
            c.rollback(); // give the sequence number back: nothing changed
            return false;
        });
    }

}
