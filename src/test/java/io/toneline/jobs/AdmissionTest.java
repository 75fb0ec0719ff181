package io.toneline.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.errors.TooManyRequestsException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The queue limit holds when many submit at once, on H2 and PostgreSQL. */
class AdmissionTest {

    static List<String> kinds() {
        return Databases.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void neverMoreThanTheLimitIsQueuedHoweverManySubmitAtOnce(String kind) throws Exception {
        AnalysisStore store = new AnalysisStore(Databases.fresh(kind));
        Admission admission = new Admission(5);
        int threads = 16;
        int each = 4;
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Void>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Callable<Void> submitter = () -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    String id = "t" + thread + "-" + i;
                    try {
                        store.enqueue(id, "{}", "h-" + id, null, null, System.currentTimeMillis(), admission);
                        admitted.incrementAndGet();
                    } catch (TooManyRequestsException e) {
                        assertTrue(e.getMessage().contains("at most 5"), e.getMessage());
                        refused.incrementAndGet();
                    }
                }
                return null;
            };
            done.add(pool.submit(submitter));
        }
        start.countDown();
        for (Future<Void> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(5, admitted.get(), "admitted");
        assertEquals(threads * each - 5, refused.get(), "refused");
        assertEquals(5, store.countQueued(), "queued");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aPlaceFreesWhenAWorkerTakesAJob(String kind) throws Exception {
        AnalysisStore store = new AnalysisStore(Databases.fresh(kind));
        Admission admission = new Admission(1);
        store.enqueue("a", "{}", "h-a", null, null, 1, admission);
        org.junit.jupiter.api.Assertions.assertThrows(TooManyRequestsException.class,
                () -> store.enqueue("b", "{}", "h-b", null, null, 2, admission));
        store.queue().claim("w", 3, 60_000).orElseThrow();
        store.enqueue("b", "{}", "h-b", null, null, 4, admission);
        assertEquals(1, store.countQueued());
    }
}
