package io.toneline.model;

import io.toneline.errors.ModelFailureException;
import io.toneline.errors.OverloadedException;
import io.toneline.errors.ModelUnavailableException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.toneline.config.TonelineConfig;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * The application's tone model: loads and warms it at start-up, then scores texts through one
 * shared {@link ToneBatcher}. Until the model is ready, callers wait up to the configured timeout
 * and then get {@link ModelUnavailableException}.
 */
@ApplicationScoped
public class ToneService {

    private static final Logger LOG = Logger.getLogger(ToneService.class);

    private final TonelineConfig config;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile ToneModel model;
    private volatile ToneBatcher batcher;
    private volatile String failure;
    private Path dir;

    private final Event<ModelLoaded> loadedEvent;

    /**
     * @param config application configuration
     * @param loadedEvent fired once the model is ready
     */
    public ToneService(TonelineConfig config, Event<ModelLoaded> loadedEvent) {
        this.config = config;
        this.loadedEvent = loadedEvent;
    }

    void onStart(@Observes StartupEvent event) {
        // a model directory that is not there fails the start at once, with where it looked
        dir = ModelLocation.resolve(config.model().dir());
        // logged once; readiness polls while loading are not (io.smallrye.health logs at WARN)
        LOG.infof("Loading the tone model from %s%s", dir.toAbsolutePath(),
                config.model().loadAsync() ? " in the background; readiness is DOWN until it is ready" : "");
        if (config.model().loadAsync()) {
            Thread loader = new Thread(this::load, "tone-model-loader");
            loader.setDaemon(true);
            loader.start();
        } else {
            load();
        }
    }

    /** Closes the model after the workers have stopped (they observe the event first). */
    void onStop(@Observes @Priority(SHUTDOWN_LAST) ShutdownEvent event) {
        if (batcher != null) {
            batcher.close();
        }
        if (model != null) {
            model.close();
        }
    }

    /** Shutdown priority of the model: after everything that may still score. */
    public static final int SHUTDOWN_LAST = 10_000;

    private void load() {
        try {
            long t0 = System.nanoTime();
            TonelineConfig.Threads threads = config.model().threads();
            ToneModel loaded = ToneModel.load(dir, config.model().maxBatchTokens(), config.model().precision(),
                    EngineSettings.of(threads.intraOp(), threads.interOp(), config.model().nativeMemory()));
            long t1 = System.nanoTime();
            // warm-up: the first forwards of each shape are slow; pay for them before readiness
            String text = "The ministry in Moscow praised the talks, while critics in Washington condemned them.";
            ToneInput probe = new ToneInput(text, List.of(new TargetSpan(16, 22), new TargetSpan(65, 75)));
            for (int i = 0; i < 3; i++) {
                loaded.score(List.of(probe, probe));
            }
            long t2 = System.nanoTime();
            ModelInfo info = loaded.info();
            LOG.infof("Loaded tone model %s %s from %s on %s in %.1f s; warm-up %.1f s; computing in %s "
                    + "(configured: %s) on %s; %d tokens per window, %d libtorch threads per operator",
                    info.name(), info.version(), dir.toAbsolutePath(), loaded.engineDescription(), (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, loaded.precision().id(), config.model().precision(), loaded.cpu().describe(),
                    info.maxTokens(), ai.djl.pytorch.jni.JniUtils.getNumThreads());
            batcher = new ToneBatcher(loaded, config.model().maxBatchTokens(),
                    config.model().maxBatchDelay(), config.model().maxQueuedTexts());
            model = loaded;
            loadedEvent.fire(new ModelLoaded(loaded, batcher, (t2 - t0) / 1e9));
        } catch (Exception | UnsatisfiedLinkError e) {
            failure = e.getMessage();
            LOG.errorf(e, "Could not load the tone model from %s", dir.toAbsolutePath());
        } finally {
            ready.countDown();
        }
    }

    /** @return true once the model is loaded and warmed up */
    public boolean isReady() {
        return model != null;
    }

    /** @return why loading failed, or null */
    public String failure() {
        return failure;
    }

    /** @return the loaded model's metadata; waits for loading like {@link #score} */
    public ModelInfo info() {
        return awaitModel().info();
    }

    /** @return the loaded model; waits for loading like {@link #score} */
    public ToneModel model() {
        return awaitModel();
    }

    /**
     * Scores texts through the shared batcher.
     *
     * @param inputs texts with their targets
     * @return per input, per target, its tone
     * @throws ModelUnavailableException when the model is not loaded in time or failed to load
     * @throws OverloadedException when too many texts are waiting
     */
    public List<List<TargetTone>> score(List<ToneInput> inputs) {
        awaitModel();
        List<CompletableFuture<List<TargetTone>>> futures = batcher.submit(inputs);
        List<List<TargetTone>> out = new ArrayList<>(inputs.size());
        long deadline = System.nanoTime() + config.model().scoreTimeout().toNanos();
        try {
            for (CompletableFuture<List<TargetTone>> f : futures) {
                out.add(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
        } catch (TimeoutException e) {
            // the batcher skips what is cancelled, so an abandoned request costs no more model time
            futures.forEach(f -> f.cancel(false));
            throw new OverloadedException("scoring did not finish within "
                    + config.model().scoreTimeout().toSeconds() + " s (toneline.model.score-timeout); try again shortly");
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting for the tone model");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new ModelFailureException("tone model failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    private ToneModel awaitModel() {
        try {
            if (!ready.await(config.model().readyTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ModelUnavailableException("the tone model is still loading; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting for the tone model");
        }
        ToneModel m = model;
        if (m == null) {
            throw new ModelUnavailableException("the tone model could not be loaded; see the service log");
        }
        return m;
    }
}
