package io.toneline.model;

import io.toneline.errors.OverloadedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jboss.logging.Logger;

/**
 * Gathers texts from all concurrent callers into shared forward passes, the way djl-serving's
 * workers do: take the first waiting text, drain more up to the token budget, wait only for what
 * is left of the batch delay, run, then complete (or fail) each caller's future on its own.
 *
 * <p>The queue is bounded: when it is full, {@link #submit} refuses at once with
 * {@link OverloadedException} instead of letting memory grow.
 */
public final class ToneBatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ToneBatcher.class);

    private record Job(Prepared text, int tokens, CompletableFuture<List<TargetTone>> future, long queuedAt) {}

    private final Function<ToneInput, Prepared> preparer;
    private final Function<List<Prepared>, List<List<TargetTone>>> scorer;
    private final int maxBatchTokens;
    private final long maxDelayNanos;
    private final BlockingQueue<Job> queue;
    private final Thread worker;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong texts = new AtomicLong();
    private volatile boolean running = true;
    private volatile ScoringObserver observer = ScoringObserver.NONE;

    /**
     * The batcher of a model: each text is cut into windows once, on the caller's thread before it is
     * queued ({@link ToneModel#prepare}), so the queue counts exact tokens and the model plans the
     * forward passes of a batch once ({@link ToneModel#scorePrepared}).
     *
     * @param model the model
     * @param maxBatchTokens real tokens gathered into one batch (the model cuts it into passes by padded size)
     * @param maxDelay how long to wait for more work once a first text is in hand
     * @param maxQueued the most texts waiting
     */
    public ToneBatcher(ToneModel model, int maxBatchTokens, Duration maxDelay, int maxQueued) {
        this(model::prepare, model::scorePrepared, maxBatchTokens, maxDelay, maxQueued);
    }

    /**
     * A batcher over any scorer of whole texts (tests): texts are not cut into windows before queueing,
     * their tokens are estimated at 4 characters a token.
     *
     * @param scorer scores a batch of texts
     * @param maxBatchTokens token budget of one batch
     * @param maxDelay how long to wait for more work once a first text is in hand
     * @param maxQueued the most texts waiting
     */
    public ToneBatcher(Function<List<ToneInput>, List<List<TargetTone>>> scorer, int maxBatchTokens,
            Duration maxDelay, int maxQueued) {
        this(in -> new Prepared(in, List.of()), texts -> scorer.apply(texts.stream().map(Prepared::input).toList()),
                maxBatchTokens, maxDelay, maxQueued);
    }

    private ToneBatcher(Function<ToneInput, Prepared> preparer, Function<List<Prepared>, List<List<TargetTone>>> scorer,
            int maxBatchTokens, Duration maxDelay, int maxQueued) {
        this.preparer = preparer;
        this.scorer = scorer;
        this.maxBatchTokens = maxBatchTokens;
        this.maxDelayNanos = maxDelay.toNanos();
        this.queue = new ArrayBlockingQueue<>(maxQueued);
        this.worker = new Thread(this::loop, "tone-batcher");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /**
     * Queues texts for scoring; all or none are queued.
     *
     * @param inputs texts with their targets
     * @return one future per input, in order
     * @throws OverloadedException when the queue has no room for all of them
     */
    public List<CompletableFuture<List<TargetTone>>> submit(List<ToneInput> inputs) {
        long t0 = System.nanoTime();
        List<Prepared> prepared = new ArrayList<>(inputs.size());
        for (ToneInput input : inputs) {
            prepared.add(preparer.apply(input)); // tokenised here, on the caller's thread, once
        }
        observer.tokenized(System.nanoTime() - t0);
        return enqueue(prepared);
    }

    private synchronized List<CompletableFuture<List<TargetTone>>> enqueue(List<Prepared> inputs) {
        if (!running) {
            throw new OverloadedException("the tone model is shutting down");
        }
        if (queue.remainingCapacity() < inputs.size()) {
            throw new OverloadedException("the tone model has " + queue.size() + " texts waiting; try again shortly");
        }
        List<CompletableFuture<List<TargetTone>>> futures = new ArrayList<>(inputs.size());
        for (Prepared text : inputs) {
            CompletableFuture<List<TargetTone>> f = new CompletableFuture<>();
            int tokens = text.windows().isEmpty() ? text.input().text().length() / 4 + 2 : text.tokens();
            queue.add(new Job(text, tokens, f, System.nanoTime()));
            futures.add(f);
        }
        return futures;
    }

    /** @param observer told how long each text waited in the queue */
    public void observe(ScoringObserver observer) {
        this.observer = observer == null ? ScoringObserver.NONE : observer;
    }

    /** @return texts waiting now */
    public int queued() {
        return queue.size();
    }

    /** @return forward batches run so far */
    public long batches() {
        return batches.get();
    }

    /** @return texts scored so far */
    public long texts() {
        return texts.get();
    }

    private void loop() {
        // after close() the queue is still worked off (no new texts can arrive), then the thread ends
        while (running || !queue.isEmpty()) {
            List<Job> batch = new ArrayList<>();
            try {
                Job first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null || first.future().isDone()) {
                    continue; // nothing, or a caller that gave up (cancelled)
                }
                batch.add(first);
                int tokens = first.tokens();
                long deadline = System.nanoTime() + maxDelayNanos;
                while (tokens < maxBatchTokens) {
                    Job next = queue.poll();
                    if (next == null) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0 || (next = queue.poll(left, TimeUnit.NANOSECONDS)) == null) {
                            break;
                        }
                    }
                    if (!next.future().isDone()) {
                        batch.add(next);
                        tokens += next.tokens();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failAll(batch, new OverloadedException("the tone model is shutting down"));
                return;
            }
            long now = System.nanoTime();
            for (Job job : batch) {
                observer.waited(now - job.queuedAt());
            }
            run(batch);
        }
    }

    private void run(List<Job> batch) {
        try {
            List<List<TargetTone>> results = scorer.apply(batch.stream().map(Job::text).toList());
            batches.incrementAndGet();
            texts.addAndGet(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).future().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                LOG.warnf(e, "scoring a text failed");
                batch.get(0).future().completeExceptionally(e);
                return;
            }
            // one bad text must not fail its neighbours: score each on its own
            for (Job job : batch) {
                run(List.of(job));
            }
        }
    }

    private static void failAll(List<Job> jobs, RuntimeException e) {
        for (Job job : jobs) {
            job.future().completeExceptionally(e);
        }
    }

    /**
     * Stops taking texts, scores those already queued for up to 10 s, then stops the worker; texts
     * still queued after that fail with {@link OverloadedException}. Taking the lock that
     * {@link #submit} holds makes the two atomic: a text is either refused or scored or failed here.
     */
    @Override
    public void close() {
        synchronized (this) {
            running = false;
        }
        try {
            worker.join(10_000);
            if (worker.isAlive()) {
                worker.interrupt();
                worker.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Job> left = new ArrayList<>();
        queue.drainTo(left);
        failAll(left, new OverloadedException("the tone model is shutting down"));
    }
}
