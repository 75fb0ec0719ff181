package io.toneline.streams;

import io.toneline.errors.TonelineException;
import io.toneline.jobs.AnalysisRecord;
import io.toneline.jobs.Outcomes;
import io.toneline.jobs.RoleLeases;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.jboss.logging.Logger;

/**
 * Publishes finished analyses and deletions from the store's change feed to the results topic, exactly
 * once: each batch of results and the cursor that follows it go out in one Kafka transaction, so after a
 * crash the next publisher reads the committed cursor and neither repeats nor skips a result. One
 * instance at a time publishes (a lease in the database); a publisher that lost its lease and still
 * writes is fenced by Kafka, because every publisher shares one transactional id.
 */
final class ResultPublisher implements Runnable {

    private static final Logger LOG = Logger.getLogger(ResultPublisher.class);

    private final StreamClients clients;
    private final Outcomes outcomes;
    private final RoleLeases leases;
    private final ResultMessages messages;
    private final StreamMetrics metrics;
    private final String owner;
    private volatile boolean running = true;
    private KafkaProducer<String, byte[]> producer;
    private long cursor;

    ResultPublisher(StreamClients clients, Outcomes outcomes, RoleLeases leases, ResultMessages messages,
            StreamMetrics metrics, String owner) {
        this.clients = clients;
        this.outcomes = outcomes;
        this.leases = leases;
        this.messages = messages;
        this.metrics = metrics;
        this.owner = owner;
    }

    @Override
    public void run() {
        Duration lease = clients.config().publisherLease();
        while (running) {
            try {
                long now = System.currentTimeMillis();
                if (!leases.hold(RoleLeases.RESULTS_PUBLISHER, owner, now, now + lease.toMillis())) {
                    close();
                    sleep(lease.dividedBy(3));
                    continue;
                }
                if (producer == null) {
                    open();
                }
                if (!publishOnce()) {
                    sleep(clients.config().pollInterval());
                }
            } catch (ProducerFencedException | InvalidProducerEpochException | OutOfOrderSequenceException
                    | AuthorizationException e) {
                // another instance publishes now (or the producer cannot go on): start over from its cursor
                LOG.infof("Results publisher stood down: %s", e.getMessage());
                close();
                sleep(lease.dividedBy(3));
            } catch (KafkaException e) {
                LOG.warnf("Publishing results failed, trying again: %s", e.getMessage());
                abortQuietly();
                close();
                sleep(Duration.ofSeconds(2));
            } catch (TonelineException e) {
                // the store: unavailable (503) or failing; the feed stays where it was
                LOG.warnf("Results publisher cannot read the store: %s", e.getMessage());
                sleep(Duration.ofSeconds(2));
            }
        }
        close();
        try {
            leases.release(RoleLeases.RESULTS_PUBLISHER, owner);
        } catch (TonelineException e) {
            LOG.debugf("lease not released: %s", e.getMessage());
        }
    }

    /** Takes the transactional id (fencing any earlier holder) and reads where it had got. */
    private void open() {
        producer = new KafkaProducer<>(clients.resultsProducer());
        producer.initTransactions();
        cursor = new CursorReader(clients).read();
        LOG.infof("Publishing results to Kafka topic '%s' from change %d", clients.config().resultsTopic(), cursor);
    }

    /** @return true when there was something to read */
    private boolean publishOnce() {
        Outcomes.Page page = outcomes.since(cursor, clients.config().publishBatch());
        if (page.last() == cursor) {
            return false;
        }
        if (!page.rows().isEmpty()) {
            producer.beginTransaction();
            for (AnalysisRecord r : page.rows()) {
                producer.send(messages.of(r));
            }
            producer.send(new ProducerRecord<>(clients.config().cursorTopic(), 0, clients.config().transactionalId(),
                    String.valueOf(page.last()).getBytes(StandardCharsets.US_ASCII)));
            producer.commitTransaction();
            metrics.published(page.rows().size());
        }
        // changes that are not outcomes (queued, running) come again with a higher number when they finish
        cursor = page.last();
        return true;
    }

    private void abortQuietly() {
        if (producer != null) {
            try {
                producer.abortTransaction();
            } catch (RuntimeException e) {
                LOG.debugf("abort failed: %s", e.getMessage());
            }
        }
    }

    private void close() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debugf("closing the results producer: %s", e.getMessage());
            }
            producer = null;
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    void stop() {
        running = false;
    }
}
