package io.toneline.streams;

import io.toneline.config.TonelineConfig;

import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka client settings of each role, from {@code toneline.streams.*}. */
final class StreamClients {

    /** Largest request the results producer sends (uncompressed record sizes count against it). */
    static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private final TonelineConfig.Streams config;
    private final String instance;

    StreamClients(TonelineConfig.Streams config, String instance) {
        this.config = config;
        this.instance = instance;
    }

    TonelineConfig.Streams config() {
        return config;
    }

    /** @return the settings every client shares: servers, the operator's extra properties, a client id */
    Properties common(String role) {
        Properties p = new Properties();
        p.put("bootstrap.servers", config.bootstrapServers().orElseThrow());
        p.putAll(config.client());
        p.put("client.id", "toneline-" + role + "-" + instance);
        return p;
    }

    /** @return the article consumer: the group's member, committing by hand, from the start of a new group */
    Properties articleConsumer() {
        Properties p = committedReader("articles", ByteArrayDeserializer.class);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        return p;
    }

    /** @return the reader of the cursor topic: committed records only, no group */
    Properties cursorReader() {
        return committedReader("cursor", StringDeserializer.class);
    }

    /** @return the dead-letter producer: idempotent, every replica acknowledges */
    Properties deadLetterProducer() {
        return acknowledgedProducer("dead-letters", ByteArraySerializer.class);
    }

    /** @return the results producer: transactional under the one publisher id */
    Properties resultsProducer() {
        Properties p = acknowledgedProducer("results", StringSerializer.class);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.transactionalId());
        // analyses are JSON about 8 times the article's size: compressed, the longest fits the broker's
        // default message size; uncompressed they may pass the producer's 1 MB default
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(MAX_REQUEST_BYTES));
        return p;
    }

    /** A consumer that sees committed records only and never commits by itself; keys and values of one kind. */
    private Properties committedReader(String role, Class<?> deserializer) {
        Properties p = common(role);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, deserializer.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, deserializer.getName());
        return p;
    }

    /** An idempotent producer that every replica acknowledges; byte values, keys of the given kind. */
    private Properties acknowledgedProducer(String role, Class<?> keySerializer) {
        Properties p = common(role);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, keySerializer.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
