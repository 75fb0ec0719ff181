package io.toneline.streams;

import io.toneline.analysis.AnalysisService;
import io.toneline.config.TonelineConfig;
import io.toneline.jobs.AnalysisStore;
import io.toneline.jobs.JobService;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * Starts the Kafka streams when {@code toneline.streams.bootstrap-servers} is set: makes sure the topics
 * exist (waiting for the broker if it is not up yet), then runs the article consumer and the results
 * publisher on threads of their own, and stops them with the service.
 */
@ApplicationScoped
public class Streams {

    private static final Logger LOG = Logger.getLogger(Streams.class);

    private final TonelineConfig config;
    private final JobService jobs;
    private final AnalysisService analyses;
    private final AnalysisStore store;
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private ArticleConsumer consumer;
    private ResultPublisher publisher;

    /**
     * @param config the streams settings (and the instance id)
     * @param jobs where article requests are stored
     * @param analyses the roll-up default
     * @param store the change feed and role leases
     * @param json Quarkus' object mapper (strict reading, API writing)
     * @param registry metrics
     */
    public Streams(TonelineConfig config, JobService jobs, AnalysisService analyses, AnalysisStore store,
            ObjectMapper json, MeterRegistry registry) {
        this.config = config;
        this.jobs = jobs;
        this.analyses = analyses;
        this.store = store;
        this.json = json;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        if (config.streams().bootstrapServers().filter(s -> !s.isBlank()).isEmpty()) {
            return;
        }
        String instance = config.jobs().instanceId().orElse("toneline-" + UUID.randomUUID().toString().substring(0, 8));
        StreamClients clients = new StreamClients(config.streams(), instance);
        StreamMetrics metrics = new StreamMetrics(registry);
        consumer = new ArticleConsumer(clients, new ArticleIntake(json, jobs::submit, analyses.rollUpByDefault()),
                metrics, json);
        publisher = new ResultPublisher(clients, store.outcomes(), store.leases(),
                new ResultMessages(json, config.streams().resultsTopic()), metrics, instance);
        running = true;
        Thread starter = new Thread(() -> {
            if (topicsReady(clients)) {
                startThread(consumer, "toneline-kafka-articles");
                startThread(publisher, "toneline-kafka-results");
            }
        }, "toneline-kafka-start");
        starter.setDaemon(true);
        starter.start();
        LOG.infof("Kafka streams on %s as %s", config.streams().bootstrapServers().get(), instance);
    }

    private boolean topicsReady(StreamClients clients) {
        while (running) {
            try {
                Topics.ensure(clients);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                LOG.warnf("Kafka not reachable yet (%s); trying again in 5 s", e.getMessage());
                try {
                    Thread.sleep(Duration.ofSeconds(5).toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private synchronized void startThread(Runnable r, String name) {
        if (!running) {
            return;
        }
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }
        synchronized (this) {
            running = false;
        }
        consumer.stop();
        publisher.stop();
        for (Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
