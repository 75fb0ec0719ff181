package io.toneline.jobs;

import io.toneline.errors.DuplicateKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's guarantees, on H2 and on a real PostgreSQL server. */
class AnalysisStoreTest {

    static List<String> kinds() {
        return Databases.kinds();
    }

    private static AnalysisStore store(String kind) throws Exception {
        return new AnalysisStore(Databases.fresh(kind));
    }

    private static void queue(AnalysisStore store, int n) {
        for (int i = 0; i < n; i++) {
            store.insert("job-" + i, JobStatus.QUEUED, "{\"n\":" + i + "}", "h" + i, null, null, 1000 + i);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void twoWorkerPoolsNeverRunTheSameJob(String kind) throws Exception {
        AnalysisStore store = store(kind);
        int jobs = 60;
        queue(store, jobs);
        ConcurrentHashMap<String, String> claimedBy = new ConcurrentHashMap<>();
        AtomicBoolean twice = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(8);
        for (int w = 0; w < 8; w++) {
            String owner = (w % 2 == 0 ? "pool-a-" : "pool-b-") + w;
            pool.submit(() -> {
                try {
                    while (true) {
                        Optional<JobQueue.Claim> c = store.queue().claim(owner, System.currentTimeMillis(), 60_000);
                        if (c.isEmpty()) {
                            // H2 may skip the one locked row and report nothing: stop only when the queue is empty
                            if (store.countQueued() == 0) {
                                break;
                            }
                            continue;
                        }
                        if (claimedBy.putIfAbsent(c.get().id(), owner) != null) {
                            twice.set(true);
                        }
                        if (!store.queue().finish(c.get(), owner, "{}", null, System.currentTimeMillis())) {
                            twice.set(true);
                        }
                    }
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    twice.set(true);
                } finally {
                    done.countDown();
                }
                return null;
            });
        }
        assertTrue(done.await(60, TimeUnit.SECONDS));
        pool.shutdownNow();
        assertFalse(twice.get(), "a job was claimed twice");
        assertEquals(jobs, claimedBy.size());
        assertEquals(jobs, store.feed().changedSince(0, JobStatus.SUCCEEDED, 1000).size());
        assertEquals(0, store.countQueued());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pollingWithTheCursorNeverMissesOrRepeatsAChange(String kind) throws Exception {
        AnalysisStore store = store(kind);
        int jobs = 40;
        queue(store, jobs);
        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            String owner = "w" + w;
            pool.submit(() -> {
                while (store.countQueued() > 0) {
                    store.queue().claim(owner, System.currentTimeMillis(), 60_000)
                            .ifPresent(c -> store.queue().finish(c, owner, "{}", null, System.currentTimeMillis()));
                }
                return null;
            });
        }
        // a dashboard polls while the workers finish jobs; it must end up with every final state
        Set<String> finished = new HashSet<>();
        List<Long> seen = new ArrayList<>();
        long cursor = 0;
        long deadline = System.currentTimeMillis() + 60_000;
        while (finished.size() < jobs && System.currentTimeMillis() < deadline) {
            List<AnalysisRecord> page = store.feed().changedSince(cursor, null, 7);
            for (AnalysisRecord r : page) {
                assertTrue(r.seq() > cursor, "cursor order");
                seen.add(r.seq());
                cursor = r.seq();
                if (r.status() == JobStatus.SUCCEEDED) {
                    finished.add(r.id());
                }
            }
        }
        working.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(jobs, finished.size(), "every finished job was seen by the poller");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no change was delivered twice");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDeadWorkersJobIsTakenAgainAndFinishesOnce(String kind) throws Exception {
        AnalysisStore store = store(kind);
        queue(store, 1);
        long t0 = 1_000_000;
        JobQueue.Claim first = store.queue().claim("dead", t0, 1000).orElseThrow();
        assertTrue(store.queue().claim("alive", t0 + 500, 1000).isEmpty(), "the lease still holds");
        JobQueue.Claim second = store.queue().claim("alive", t0 + 1500, 1000).orElseThrow();
        assertEquals(first.id(), second.id());
        assertEquals(2, second.attempt());
        assertFalse(store.queue().finish(first, "dead", "{\"late\":true}", null, t0 + 1600), "the stale claim lost");
        assertTrue(store.queue().finish(second, "alive", "{\"title\":\"ok\"}", null, t0 + 1700));
        AnalysisRecord r = store.get(first.id(), true).orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, r.status());
        assertEquals("{\"title\":\"ok\"}", r.result());
        assertEquals(2, r.attempts());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theHeartbeatRenewsOnlyClaimsInFlight(String kind) throws Exception {
        AnalysisStore store = store(kind);
        queue(store, 2);
        long t0 = 1_000_000;
        JobQueue.Claim working = store.queue().claim("me", t0, 1000).orElseThrow();
        JobQueue.Claim abandoned = store.queue().claim("me", t0, 1000).orElseThrow();
        // only the first is still in a worker's hands
        assertEquals(1, store.queue().renewLeases("me", List.of(working), t0 + 5000));
        JobQueue.Claim retaken = store.queue().claim("other", t0 + 1500, 1000).orElseThrow();
        assertEquals(abandoned.id(), retaken.id(), "the claim nobody works on ran out and was taken again");
        assertTrue(store.queue().claim("other", t0 + 1500, 1000).isEmpty(), "the renewed claim still holds");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aReleasedJobIsQueuedAgainNeverFailed(String kind) throws Exception {
        AnalysisStore store = store(kind);
        queue(store, 1);
        long t0 = 1_000_000;
        JobQueue.Claim claim = store.queue().claim("stopping", t0, 60_000).orElseThrow();
        assertTrue(store.queue().release(claim, "stopping", t0 + 10));
        assertEquals(JobStatus.QUEUED, store.get(claim.id(), false).orElseThrow().status());
        assertFalse(store.queue().release(claim, "stopping", t0 + 20), "a claim that no longer holds");
        JobQueue.Claim again = store.queue().claim("next", t0 + 30, 60_000).orElseThrow();
        assertEquals(claim.id(), again.id(), "taken at once, without waiting for a lease");
        assertTrue(store.queue().finish(again, "next", "{}", null, t0 + 40));
        assertEquals(JobStatus.SUCCEEDED, store.get(claim.id(), false).orElseThrow().status());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void idempotencyKeysAreUnique(String kind) throws Exception {
        AnalysisStore store = store(kind);
        store.insert("a", JobStatus.QUEUED, "{}", "hash", "key-1", null, 1);
        assertEquals("a", store.findByKey("key-1").orElseThrow().id());
        assertThrows(DuplicateKeyException.class,
                () -> store.insert("b", JobStatus.QUEUED, "{}", "hash", "key-1", null, 2));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void retentionRemovesOldFinishedAnalysesOnly(String kind) throws Exception {
        AnalysisStore store = store(kind);
        store.insert("old", JobStatus.SUCCEEDED, "{}", "h1", null, "{}", 1_000);
        store.insert("new", JobStatus.SUCCEEDED, "{}", "h2", null, "{}", 9_000);
        store.insert("queued", JobStatus.QUEUED, "{}", "h3", null, null, 1_000);
        assertEquals(1, store.deleteFinishedBefore(5_000));
        assertTrue(store.get("old", false).isEmpty());
        assertTrue(store.get("new", false).isPresent());
        assertTrue(store.get("queued", false).isPresent());
        assertTrue(store.delete("new"));
        assertFalse(store.delete("new"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDeletedOrExpiredAnalysisShowsOnceInTheFeedAsATombstone(String kind) throws Exception {
        AnalysisStore store = store(kind);
        store.insert("gone", JobStatus.SUCCEEDED, "{}", "h1", "key-1", "{\"title\":\"a\"}", 1_000);
        store.insert("old", JobStatus.SUCCEEDED, "{}", "h2", null, "{}", 1_000);
        long cursor = store.feed().changedSince(0, null, 100).get(1).seq();
        assertTrue(store.delete("gone"));
        store.deleteFinishedBefore(5_000); // "old" expires
        List<AnalysisRecord> changes = store.feed().changedSince(cursor, null, 100);
        assertEquals(List.of("gone", "old"), changes.stream().map(AnalysisRecord::id).toList());
        assertTrue(changes.stream().allMatch(r -> r.status() == JobStatus.DELETED));
        assertTrue(store.get("gone", true).isEmpty(), "a tombstone is not an analysis");
        assertTrue(store.seqOf("gone").isEmpty());
        assertTrue(store.findByKey("key-1").isEmpty(), "the key is free again");
        long after = changes.get(1).seq();
        assertEquals(List.of(), store.feed().changedSince(after, null, 100), "each tombstone shows once");
        // tombstones themselves go once they are older than the cut-off
        store.deleteFinishedBefore(System.currentTimeMillis() + 1);
        assertEquals(List.of(), store.feed().changedSince(0, JobStatus.DELETED, 100));
    }
}
