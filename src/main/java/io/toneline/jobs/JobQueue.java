package io.toneline.jobs;

import io.toneline.jobs.stored.StoredAnalyses;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

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
        return jdbc.inTransaction(h -> {
            // the counter first, as in every writing transaction: one lock order, no deadlocks
            long seq = Jdbc.nextSeq(h);
            Optional<Claim> found = h.createQuery("SELECT id, request, attempts, created_at FROM analyses "
                            + "WHERE status = 'queued' OR (status = 'running' AND lease_until < :now) "
                            + "ORDER BY seq FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                    .bind("now", now)
                    .map((rs, ctx) -> new Claim(rs.getString("id"), rs.getString("request"), rs.getInt("attempts") + 1,
                            rs.getLong("created_at")))
                    .findOne();
            if (found.isEmpty()) {
                h.rollback(); // give the sequence number back
                return found;
            }
            Claim claim = found.get();
            h.createUpdate("UPDATE analyses SET status = 'running', seq = :seq, owner = :owner, lease_until = :until, "
                            + "attempts = :attempt, started_at = :now, updated_at = :now WHERE id = :id")
                    .bind("seq", seq)
                    .bind("owner", owner)
                    .bind("until", now + leaseMillis)
                    .bind("attempt", claim.attempt())
                    .bind("now", now)
                    .bind("id", claim.id())
                    .execute();
            return found;
        });
    }

    private boolean anythingToClaim(long now) {
        return jdbc.inTransaction(h -> h.createQuery("SELECT 1 FROM analyses WHERE status = 'queued' "
                        + "OR (status = 'running' AND lease_until < :now) FETCH FIRST 1 ROWS ONLY")
                .bind("now", now)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
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
        if (claims.isEmpty()) {
            return 0;
        }
        return jdbc.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("UPDATE analyses SET lease_until = :until "
                    + "WHERE id = :id AND status = 'running' AND owner = :owner AND attempts = :attempt");
            for (Claim claim : claims) {
                batch.bind("until", until).bind("id", claim.id()).bind("owner", owner).bind("attempt", claim.attempt())
                        .add();
            }
            int renewed = 0;
            for (int n : batch.execute()) {
                renewed += Math.max(n, 0);
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
        return jdbc.inTransaction(h -> {
            long seq = Jdbc.nextSeq(h);
            int changed = updateHeld(h.createUpdate("UPDATE analyses SET status = 'queued', seq = :seq, owner = NULL, "
                            + "lease_until = NULL, started_at = NULL, updated_at = :now "
                            + "WHERE id = :id AND status = 'running' AND owner = :owner AND attempts = :attempt")
                    .bind("seq", seq), claim, owner, now);
            return keptIfOne(h, changed);
        });
    }

    /**
     * Records the outcome of a claim, if the claim still holds.
     *
     * @param claim the claim
     * @param owner this instance's id
     * @param result the analysis in its stored form on success, else null
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
     * @param result the analysis in its stored form ({@link StoredAnalyses#write}) on success, else null
     * @param error failure detail on failure, else null
     * @param now epoch ms
     * @param publishedAt when the article was published, epoch ms
     * @param tones per actor, how the analysis treated it (success only)
     * @return true when recorded; false when another worker took the job over meanwhile
     */
    public boolean finish(Claim claim, String owner, String result, String error, long now, long publishedAt,
            List<ActorTone> tones) {
        return jdbc.written(h -> {
            long seq = Jdbc.nextSeq(h);
            int changed = updateHeld(h.createUpdate("UPDATE analyses SET status = :status, seq = :seq, result = :result, "
                            + "result_format = :format, error = :error, owner = NULL, lease_until = NULL, "
                            + "finished_at = :now, updated_at = :now "
                            + "WHERE id = :id AND status = 'running' AND owner = :owner AND attempts = :attempt")
                    .bind("status", result != null ? JobStatus.SUCCEEDED.json() : JobStatus.FAILED.json())
                    .bind("seq", seq)
                    .bind("result", result)
                    .bind("format", StoredAnalyses.CURRENT)
                    .bind("error", error == null ? null : Columns.cut(error, Columns.ERROR)), claim, owner, now);
            if (!keptIfOne(h, changed)) {
                return false;
            }
            if (result != null) {
                ActorIndex.write(h, claim.id(), publishedAt, tones);
            }
            return true;
        });
    }

    /** Runs an update of a held claim (its SQL names :now, :id, :owner and :attempt). */
    private static int updateHeld(Update update, Claim claim, String owner, long now) {
        return update.bind("now", now).bind("id", claim.id()).bind("owner", owner).bind("attempt", claim.attempt())
                .execute();
    }

    /** True when exactly one row changed; otherwise rolls back, giving the sequence number back. */
    private static boolean keptIfOne(Handle h, int changed) {
        if (changed != 1) {
            h.rollback();
        }
        return changed == 1;
    }
}
