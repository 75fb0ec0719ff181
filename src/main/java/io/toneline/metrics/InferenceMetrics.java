package io.toneline.metrics;

import io.toneline.jobs.AnalysisStore;
import io.toneline.jobs.JobStatus;
import io.toneline.model.ScoringObserver;
import io.toneline.model.ModelLoaded;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The service's own metrics, named after those of the inference servers operators know (Hugging
 * Face TEI's request/queue/inference durations and batch sizes, TorchServe's queue depth). Labels are
 * bounded: a stage, a queue, a status; never an actor or a text.
 *
 * <pre>
 * toneline_inference_duration_seconds{stage="queue|tokenize|forward"}   timer
 * toneline_batch_size (windows per forward pass), toneline_batch_tokens (padded tokens)   summaries
 * toneline_batch_padding_ratio              padded / real tokens per forward pass (1.0 = no padding)
 * toneline_tokens_total                     real tokens scored
 * toneline_queue_depth{queue="batcher|jobs"} texts waiting for the model, analyses queued
 * toneline_analyses{status="queued|running|succeeded|failed"}  stored analyses by status
 * toneline_model_load_seconds               how long loading and warming the model took
 * </pre>
 */
@ApplicationScoped
public class InferenceMetrics implements ScoringObserver {

    private final Timer queue;
    private final Timer tokenize;
    private final Timer forward;
    private final DistributionSummary batchSize;
    private final DistributionSummary batchTokens;
    private final DistributionSummary paddingRatio;
    private final Counter tokens;
    private volatile double loadSeconds = Double.NaN;
    private volatile Supplier<Integer> batcherDepth = () -> 0;
    private final Cached<Map<String, Long>> byStatus;

    /**
     * @param registry Quarkus' meter registry
     * @param store the analyses store, for queue depth and counts by status
     */
    public InferenceMetrics(MeterRegistry registry, AnalysisStore store) {
        queue = stage(registry, "queue");
        tokenize = stage(registry, "tokenize");
        forward = stage(registry, "forward");
        batchSize = DistributionSummary.builder("toneline.batch.size").description("windows per forward pass")
                .publishPercentiles(0.5, 0.95).register(registry);
        batchTokens = DistributionSummary.builder("toneline.batch.tokens")
                .description("padded tokens per forward pass").publishPercentiles(0.5, 0.95).register(registry);
        paddingRatio = DistributionSummary.builder("toneline.batch.padding.ratio")
                .description("padded tokens over real tokens per forward pass").publishPercentiles(0.5, 0.95)
                .register(registry);
        tokens = Counter.builder("toneline.tokens").description("real tokens scored").register(registry);
        // the store is read at most once a second however often Prometheus scrapes
        byStatus = new Cached<>(store::countByStatus, Duration.ofSeconds(1));
        Gauge.builder("toneline.queue.depth", () -> batcherDepth.get()).tag("queue", "batcher")
                .description("texts waiting for the model").register(registry);
        Gauge.builder("toneline.queue.depth", () -> byStatus.get().getOrDefault(JobStatus.QUEUED.json(), 0L))
                .tag("queue", "jobs").description("analyses queued for the workers").register(registry);
        for (JobStatus s : JobStatus.values()) {
            Gauge.builder("toneline.analyses", () -> byStatus.get().getOrDefault(s.json(), 0L)).tag("status", s.json())
                    .description("stored analyses by status").register(registry);
        }
        Gauge.builder("toneline.model.load", () -> loadSeconds).baseUnit("seconds")
                .description("time to load and warm the model").register(registry);
    }

    private static Timer stage(MeterRegistry registry, String stage) {
        return Timer.builder("toneline.inference.duration").tag("stage", stage)
                .description("time per inference stage").publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    void modelLoaded(@Observes ModelLoaded loaded) {
        loaded.model().observe(this);
        loaded.batcher().observe(this);
        this.batcherDepth = loaded.batcher()::queued;
        this.loadSeconds = loaded.seconds();
    }

    @Override
    public void waited(long nanos) {
        queue.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void tokenized(long nanos) {
        tokenize.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void forwarded(long nanos, int windows, int realTokens, int paddedTokens) {
        forward.record(nanos, TimeUnit.NANOSECONDS);
        batchSize.record(windows);
        batchTokens.record(paddedTokens);
        if (realTokens > 0) {
            paddingRatio.record(paddedTokens / (double) realTokens);
        }
        tokens.increment(realTokens);
    }

    /** A value recomputed at most once per period. */
    private static final class Cached<T> {
        private final Supplier<T> source;
        private final long periodNanos;
        private T value;
        private long at;

        Cached(Supplier<T> source, Duration period) {
            this.source = source;
            this.periodNanos = period.toNanos();
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - at > periodNanos) {
                try {
                    value = source.get();
                } catch (RuntimeException e) {
                    // the store is unreachable: keep the last value rather than fail the scrape
                    if (value == null) {
                        throw e;
                    }
                }
                at = now;
            }
            return value;
        }
    }
}
