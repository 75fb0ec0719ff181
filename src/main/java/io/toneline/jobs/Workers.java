package io.toneline.jobs;


import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.toneline.analysis.Analysis;
import io.toneline.config.TonelineConfig;
import io.toneline.errors.StoreUnavailableException;
import io.toneline.errors.TonelineException;
import io.toneline.model.ToneService;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.jboss.logging.Logger;

/**
 * A bounded pool of worker threads that run queued analyses from the store. Any number of
 * instances can share one database: each claim is exclusive ({@code SKIP LOCKED}), claims are
 * leases renewed by a heartbeat, and a job whose worker died (process killed, machine lost) is
 * taken again once its lease runs out. Nothing accepted is lost.
 */
@ApplicationScoped
public class Workers {

    private static final Logger LOG = Logger.getLogger(Workers.class);

    private final TonelineConfig.Jobs config;
    private final JobService jobs;
    private final AnalysisStore store;
    private final JobQueue queue;
    private final ToneService tones;
    private final String owner;
    private final List<Thread> threads = new ArrayList<>();
    /** The claims a thread is working on now: the only ones the heartbeat renews. */
    private final Set<JobQueue.Claim> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private final Counter succeeded;
    private final Counter failed;

    /**
     * @param config application configuration
     * @param jobs the job service (store and wake-up signal)
     * @param store the analyses table
     * @param queue claims and outcomes
     * @param tones the model, to wait for before claiming work
     * @param registry metrics: jobs this instance finished, by outcome
     */
    public Workers(TonelineConfig config, JobService jobs, AnalysisStore store, JobQueue queue, ToneService tones,
            MeterRegistry registry) {
        this.config = config.jobs();
        this.jobs = jobs;
        this.store = store;
        this.queue = queue;
        this.tones = tones;
        this.owner = this.config.instanceId().orElse("toneline-" + UUID.randomUUID().toString().substring(0, 8));
        String help = "queued analyses this instance finished, by outcome";
        this.succeeded = Counter.builder("toneline.jobs.finished").description(help).tag("outcome", "succeeded")
                .register(registry);
        this.failed = Counter.builder("toneline.jobs.finished").description(help).tag("outcome", "failed")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < config.workers(); i++) {
            Thread t = new Thread(this::loop, "analysis-worker-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        LOG.infof("Started %d analysis worker(s) as %s on datasource '%s'", config.workers(), owner,
                config.datasource());
    }

    /**
     * A graceful stop, before the model closes (lower priority values are notified first): stop
     * claiming, let the jobs in hand finish, and put back in the queue any that do not finish in
     * time, so that no accepted job is left failed or stuck by a shutdown.
     */
    void stop(@Observes @Priority(SHUTDOWN_FIRST) ShutdownEvent event) {
        running = false;
        synchronized (jobs.wakeUp()) {
            jobs.wakeUp().notifyAll();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (JobQueue.Claim claim : inFlight) {
            release(claim, "the service is stopping");
        }
    }

    /** Shutdown priority of the workers: before {@link ToneService} closes the model. */
    public static final int SHUTDOWN_FIRST = 100;

    @Scheduled(every = "${toneline.jobs.heartbeat:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (running && !inFlight.isEmpty()) {
            try {
                queue.renewLeases(owner, List.copyOf(inFlight), System.currentTimeMillis() + config.lease().toMillis());
            } catch (StoreUnavailableException e) {
                // logged once by the store; the next beat tries again
            }
        }
    }

    @Scheduled(every = "10m", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
    void retention() {
        int removed;
        try {
            removed = store.deleteFinishedBefore(System.currentTimeMillis() - config.ttl().toMillis());
        } catch (StoreUnavailableException e) {
            return; // logged once by the store; the next run catches up
        }
        if (removed > 0) {
            LOG.infof("Retention removed %d analyses finished more than %s ago", removed, config.ttl());
        }
    }

    private void loop() {
        while (running) {
            try {
                Optional<JobQueue.Claim> claim = tones.isReady() && running
                        ? queue.claim(owner, System.currentTimeMillis(), config.lease().toMillis())
                        : Optional.empty();
                if (claim.isEmpty()) {
                    synchronized (jobs.wakeUp()) {
                        jobs.wakeUp().wait(config.pollInterval().toMillis());
                    }
                    continue;
                }
                inFlight.add(claim.get());
                try {
                    run(claim.get());
                } finally {
                    inFlight.remove(claim.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (StoreUnavailableException e) {
                // database down or disk full: the store logged the change of state once; back off quietly,
                // a claimed job's lease runs out and it is taken again when the store is back
                sleep(STORE_DOWN_BACKOFF);
            } catch (RuntimeException e) {
                LOG.errorf(e, "analysis worker failed; retrying in %s", config.pollInterval());
                sleep();
            }
        }
    }

    private void run(JobQueue.Claim claim) {
        String result = null;
        String error = null;
        List<ActorTone> tones = List.of();
        long publishedAt = claim.createdAt();
        try {
            StoredRequest request = jobs.readRequest(claim.request());
            if (request.publishedAt() != null) {
                publishedAt = request.publishedAt();
            }
            Analysis analysis = jobs.analyze(claim.id(), request);
            result = jobs.toJson(analysis);
            tones = ActorTone.of(analysis);
        } catch (TonelineException e) {
            if (e.retryAfterSeconds().isPresent()) {
                // not the job's fault (no model yet, busy, stopping, store down): back to the queue, taken again later
                release(claim, e.getMessage());
                return;
            }
            if (e.type().serverError()) {
                LOG.errorf(e, "analysis %s failed", claim.id());
            }
            error = e.clientDetail();
        } catch (RuntimeException e) {
            LOG.errorf(e, "analysis %s failed", claim.id());
            error = "the analysis failed inside the service; the error has been logged";
        }
        if (!queue.finish(claim, owner, result, error, System.currentTimeMillis(), publishedAt, tones)) {
            LOG.warnf("analysis %s was taken over by another worker; result dropped", claim.id());
        } else {
            (result != null ? succeeded : failed).increment();
        }
    }

    private void release(JobQueue.Claim claim, String why) {
        try {
            if (queue.release(claim, owner, System.currentTimeMillis())) {
                LOG.infof("analysis %s put back in the queue: %s", claim.id(), why);
            }
        } catch (RuntimeException e) {
            // the lease still runs out, and the job is taken again then
            LOG.warnf("analysis %s could not be put back (%s); its lease will expire", claim.id(), e.getMessage());
        }
    }

    /** How often a worker looks again while the store is unavailable. */
    private static final java.time.Duration STORE_DOWN_BACKOFF = java.time.Duration.ofSeconds(2);

    private void sleep(java.time.Duration d) {
        try {
            Thread.sleep(Math.max(d.toMillis(), config.pollInterval().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
