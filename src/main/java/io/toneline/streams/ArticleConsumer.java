package io.toneline.streams;

import io.toneline.api.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Reads the articles topic as a member of the consumer group. Each message is stored as a queued
 * analysis, or sent to the dead-letter topic (acknowledged by Kafka) when refused, before its offset is
 * committed: a crash at any point makes Kafka deliver the message again, and its key finds the analysis
 * already stored. When the service cannot take work (store down, queue full) the partition is read again
 * from that message after the service's retry hint, which is the back-pressure: nothing is skipped.
 */
final class ArticleConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    /** Longest pause on a retry hint: the loop must poll well within max.poll.interval.ms. */
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private final StreamClients clients;
    private final ArticleIntake intake;
    private final StreamMetrics metrics;
    private final ObjectMapper json;
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    ArticleConsumer(StreamClients clients, ArticleIntake intake, StreamMetrics metrics, ObjectMapper json) {
        this.clients = clients;
        this.intake = intake;
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public void run() {
        String topic = clients.config().articlesTopic();
        while (running) {
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(clients.articleConsumer());
                    KafkaProducer<byte[], byte[]> deadLetters = new KafkaProducer<>(clients.deadLetterProducer())) {
                consumer = c;
                c.subscribe(List.of(topic));
                LOG.infof("Reading article requests from Kafka topic '%s' as group '%s'", topic,
                        clients.config().groupId());
                while (running) {
                    pollOnce(c, deadLetters);
                }
            } catch (WakeupException e) {
                // stop() woke the poll
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // uncommitted messages are read again by the next consumer (this one, or another member)
                LOG.error("The Kafka article consumer failed; it starts again in 5 s", e);
                sleepQuietly(Duration.ofSeconds(5));
            }
        }
    }

    private void pollOnce(KafkaConsumer<byte[], byte[]> c, KafkaProducer<byte[], byte[]> deadLetters)
            throws InterruptedException {
        ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Duration pause = Duration.ZERO;
        for (TopicPartition tp : records.partitions()) {
            for (ConsumerRecord<byte[], byte[]> r : records.records(tp)) {
                String source = "kafka:" + r.topic() + "/" + r.partition() + "/" + r.offset();
                ArticleIntake.Outcome outcome = intake.take(r.key(), r.value(), source);
                if (outcome instanceof ArticleIntake.Retry retry) {
                    // read this partition again from this message; the others go on
                    c.seek(tp, r.offset());
                    pause = retry.after().compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : retry.after();
                    metrics.retried();
                    LOG.debugf("message %s put back: %s", source, retry.reason());
                    break;
                }
                if (outcome instanceof ArticleIntake.Refused refused) {
                    deadLetter(deadLetters, r, refused.problem());
                    metrics.deadLettered();
                } else {
                    metrics.taken(((ArticleIntake.Stored) outcome).replayed());
                }
                done.put(tp, new OffsetAndMetadata(r.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            try {
                c.commitSync(done);
            } catch (CommitFailedException e) {
                // the group rebalanced: the new owner reads these again and finds them stored
                LOG.debugf("offsets not committed after a rebalance: %s", e.getMessage());
            }
        }
        if (!pause.isZero()) {
            Thread.sleep(pause.toMillis());
        }
    }

    /** The original message, unchanged, with the problem and where it came from in headers. */
    private void deadLetter(KafkaProducer<byte[], byte[]> producer, ConsumerRecord<byte[], byte[]> r, Problem problem)
            throws InterruptedException {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.PROBLEM, problemJson(problem));
        headers.add(Headers.SOURCE_TOPIC, utf8(r.topic()));
        headers.add(Headers.SOURCE_PARTITION, utf8(String.valueOf(r.partition())));
        headers.add(Headers.SOURCE_OFFSET, utf8(String.valueOf(r.offset())));
        try {
            producer.send(new ProducerRecord<>(clients.config().deadLetterTopic(), null, r.key(), r.value(), headers))
                    .get();
        } catch (ExecutionException e) {
            // not committed: the message is read again once the dead-letter topic takes writes
            throw new KafkaException("cannot write to the dead-letter topic", e.getCause());
        }
        LOG.infof("Refused %s (%d %s): %s", problem.instance(), problem.status(), problem.title(), problem.detail());
    }

    private byte[] problemJson(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem document", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the loop: wakes a blocked poll. */
    void stop() {
        running = false;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }
}
