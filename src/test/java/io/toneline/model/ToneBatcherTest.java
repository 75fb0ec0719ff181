package io.toneline.model;

import io.toneline.errors.OverloadedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The batcher with a plain-function scorer: every queued text completes, even across close(). */
class ToneBatcherTest {

    private static List<List<TargetTone>> score(List<ToneInput> inputs) {
        List<List<TargetTone>> out = new ArrayList<>();
        for (ToneInput in : inputs) {
            out.add(in.targets().stream()
                    .map(t -> new TargetTone(t, new float[] {0, 0, 1, 0, 0}, new float[] {0, 1, 0})).toList());
        }
        return out;
    }

    private static ToneInput input() {
        return new ToneInput("Russia", List.of(new TargetSpan(0, 6)));
    }

    @RepeatedTest(20)
    void aTextSubmittedWhileClosingIsScoredOrRefusedNeverStranded() throws Exception {
        ToneBatcher batcher = new ToneBatcher(ToneBatcherTest::score, 4096, Duration.ofMillis(1), 10_000);
        List<CompletableFuture<List<TargetTone>>> futures = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger tried = new AtomicInteger();
        Thread submitter = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                tried.incrementAndGet();
                try {
                    futures.addAll(batcher.submit(List.of(input())));
                } catch (OverloadedException e) {
                    refused.incrementAndGet();
                }
            }
        });
        submitter.start();
        // close while the submitter is under way
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> tried.get() > 0);
        batcher.close();
        submitter.join();
        for (CompletableFuture<List<TargetTone>> f : futures) {
            try {
                assertEquals(1, f.get(1, TimeUnit.SECONDS).size());
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof OverloadedException, "only a shutdown refusal");
            }
        }
        assertEquals(2000, futures.size() + refused.get());
    }

    @Test
    void queuedTextsAreScoredBeforeTheBatcherStops() throws Exception {
        CountDownLatch model = new CountDownLatch(1);
        ToneBatcher batcher = new ToneBatcher(in -> {
            pass(model);
            return score(in);
        }, 10, Duration.ZERO, 100);
        List<CompletableFuture<List<TargetTone>>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            futures.addAll(batcher.submit(List.of(input())));
        }
        Thread closer = new Thread(batcher::close);
        closer.start();
        // close() has stopped taking texts and waits for the worker, with the texts still queued
        await().atMost(Duration.ofSeconds(5)).until(() -> closer.getState() == Thread.State.TIMED_WAITING);
        assertThrows(OverloadedException.class, () -> batcher.submit(List.of(input())));
        model.countDown();
        closer.join(10_000);
        for (CompletableFuture<List<TargetTone>> f : futures) {
            assertEquals(1, f.get(0, TimeUnit.SECONDS).size(), "finished before close() returned");
        }
    }

    @Test
    void aCancelledTextCostsNoModelTime() throws Exception {
        AtomicInteger scored = new AtomicInteger();
        CountDownLatch inModel = new CountDownLatch(1);
        CountDownLatch model = new CountDownLatch(1);
        ToneBatcher batcher = new ToneBatcher(in -> {
            inModel.countDown();
            pass(model);
            scored.addAndGet(in.size());
            return score(in);
        }, 10, Duration.ZERO, 100);
        CompletableFuture<List<TargetTone>> first = batcher.submit(List.of(input())).get(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> inModel.getCount() == 0); // the first is in the model now
        List<CompletableFuture<List<TargetTone>>> abandoned = batcher.submit(List.of(input(), input(), input()));
        abandoned.forEach(f -> f.cancel(false));
        model.countDown();
        first.get(5, TimeUnit.SECONDS);
        batcher.close();
        assertEquals(1, scored.get());
    }

    /** The scorer's forward: waits until the test lets it through. */
    private static void pass(CountDownLatch gate) {
        try {
            if (!gate.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the forward through");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
