package io.toneline.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The test side of the topics: reads a whole topic as a downstream pipeline would (committed messages
 * only, every partition), waits for results, reads headers, and publishes articles.
 */
final class ResultsReader {

    private ResultsReader() {}

    /**
     * @param servers bootstrap servers
     * @param topic the topic
     * @param expected stop once this many messages are read (or after {@code patience} without new ones)
     * @param patience how long to wait for more
     * @return the messages read
     */
    static List<ConsumerRecord<String, byte[]>> readAll(String servers, String topic, int expected, Duration patience) {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = new ArrayList<>();
            for (PartitionInfo info : c.partitionsFor(topic, Duration.ofSeconds(30))) {
                parts.add(new TopicPartition(topic, info.partition()));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < patience.toNanos()) {
                int before = out.size();
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                if (out.size() != before) {
                    quietSince = System.nanoTime();
                }
                if (out.size() >= expected && expected > 0) {
                    // read a little longer: a duplicate would show up right behind
                    c.poll(Duration.ofMillis(500)).forEach(out::add);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * @param servers bootstrap servers
     * @param topic the results topic
     * @param atLeast how many messages to wait for
     * @param within how long at most
     */
    static void awaitAtLeast(String servers, String topic, int atLeast, Duration within) {
        org.awaitility.Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(500))
                .until(() -> readAll(servers, topic, atLeast, Duration.ofSeconds(1)).size() >= atLeast);
    }

    /** @return a header's value as text, or null when absent */
    static String header(ConsumerRecord<String, byte[]> r, String name) {
        org.apache.kafka.common.header.Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return a producer of article messages (text keys and values), every replica acknowledging */
    static org.apache.kafka.clients.producer.KafkaProducer<String, String> articleProducer(String servers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers);
        p.put("acks", "all");
        p.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        return new org.apache.kafka.clients.producer.KafkaProducer<>(p);
    }

    /**
     * Waits until the service has created its topics: the broker in the tests does not create topics on
     * first use, so a message sent before would wait for them and could time out unseen.
     *
     * @param servers bootstrap servers
     * @param names the topics
     */
    static void awaitTopics(String servers, String... names) {
        Properties p = new Properties();
        p.put("bootstrap.servers", servers);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> admin.listTopics().names().get().containsAll(List.of(names)));
        }
    }
}
