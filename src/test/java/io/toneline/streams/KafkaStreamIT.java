package io.toneline.streams;

import static io.toneline.testing.PackagedService.command;
import static io.toneline.testing.PackagedService.freePort;
import static io.toneline.testing.PackagedService.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.testing.KafkaForTests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service between two Kafka topics, with a broker in this JVM: 500 article messages and
 * poison ones published; the poison goes to the dead-letter topic with its problem, the consumer goes on,
 * a replayed message stores nothing new; the service is killed (SIGKILL) halfway through the second
 * half and started again; in the end every article has exactly one result on the results topic.
 */
class KafkaStreamIT {

    static final int ARTICLES = 500;

    private static KafkaForTests kafka;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = KafkaForTests.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void everyArticleGetsOneResultThroughPoisonReplaysAndAKill() throws Exception {
        String prefix = "it-" + UUID.randomUUID();
        TestSettings topics = new TestSettings(kafka.bootstrapServers(), prefix, Duration.ofSeconds(3));
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        List<String> cmd = command("h2", port, data, topics.serviceOptions());
        Set<String> keys = new HashSet<>();
        Process first = start(cmd, data.resolve("first.log"), base);
        Process second = null;
        ResultsReader.awaitTopics(kafka.bootstrapServers(), topics.articlesTopic(), topics.resultsTopic(),
                topics.deadLetterTopic());
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = ResultsReader.articleProducer(kafka.bootstrapServers())) {
            // first half, with poison among the articles
            for (int i = 0; i < ARTICLES / 2; i++) {
                keys.add("wire-" + i);
                sent.add(producer.send(new ProducerRecord<>(topics.articlesTopic(), "wire-" + i, TestArticles.article(i))));
                if (i == 10) {
                    sent.add(producer.send(new ProducerRecord<>(topics.articlesTopic(), "poison-1", "Russia imposed sanctions")));
                    sent.add(producer.send(new ProducerRecord<>(topics.articlesTopic(), "poison-2", "{\"text\": \"a\", \"text\": \"b\"}")));
                    sent.add(producer.send(new ProducerRecord<>(topics.articlesTopic(), "poison-3", (String) null)));
                }
            }
            producer.flush();
            acknowledged(sent);
            awaitResults(topics, ARTICLES / 2, Duration.ofMinutes(3), data.resolve("first.log"));

            List<ConsumerRecord<String, byte[]>> dead = ResultsReader.readAll(kafka.bootstrapServers(),
                    topics.deadLetterTopic(), 3, Duration.ofSeconds(10));
            assertEquals(Set.of("poison-1", "poison-2", "poison-3"), dead.stream().map(ConsumerRecord::key)
                    .collect(java.util.stream.Collectors.toSet()));
            for (ConsumerRecord<String, byte[]> r : dead) {
                JsonNode problem = json.readTree(ResultsReader.header(r, Headers.PROBLEM));
                assertEquals(400, problem.path("status").asInt(), problem.toString());
                assertTrue(problem.path("instance").asText().startsWith("kafka:" + topics.articlesTopic() + "/"));
            }

            // a replay of messages already stored: nothing new
            for (int i = 0; i < 10; i++) {
                sent.add(producer.send(new ProducerRecord<>(topics.articlesTopic(), "wire-" + i, TestArticles.article(i))));
            }
            // second half; the service is killed while it works through it
            for (int i = ARTICLES / 2; i < ARTICLES; i++) {
                keys.add("wire-" + i);
                sent.add(producer.send(new ProducerRecord<>(topics.articlesTopic(), "wire-" + i, TestArticles.article(i))));
            }
            producer.flush();
            acknowledged(sent);
            awaitResults(topics, ARTICLES / 2 + 60, Duration.ofMinutes(3), data.resolve("first.log"));
            first.destroyForcibly();
            first.waitFor();
            int atKill = ResultsReader.readAll(kafka.bootstrapServers(), topics.resultsTopic(), ARTICLES,
                    Duration.ofSeconds(2)).size();
            assertTrue(atKill < ARTICLES, "killed mid-stream: " + atKill + " results were out");
            System.out.printf("KafkaStreamIT: %d of %d results out when the service was killed%n", atKill, ARTICLES);

            second = start(cmd, data.resolve("second.log"), base);
            awaitResults(topics, ARTICLES, Duration.ofMinutes(4), data.resolve("second.log"));
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroy();
                second.waitFor();
            }
        }
        List<ConsumerRecord<String, byte[]>> results = ResultsReader.readAll(kafka.bootstrapServers(),
                topics.resultsTopic(), ARTICLES, Duration.ofSeconds(10));
        Map<String, Integer> perKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : results) {
            perKey.merge(ResultsReader.header(r, Headers.IDEMPOTENCY_KEY), 1, Integer::sum);
            assertEquals("succeeded", ResultsReader.header(r, Headers.STATUS), r.key());
        }
        assertEquals(keys, perKey.keySet(), "every article has a result");
        assertEquals(ARTICLES, results.size(), "none twice: " + duplicates(perKey));
        assertEquals(ARTICLES, results.stream().map(ConsumerRecord::key).distinct().count(), "one analysis per article");
    }

    /** Every message sent so far reached the broker (a lost send fails here, not as a missing result). */
    private static void acknowledged(List<Future<RecordMetadata>> sent) throws Exception {
        for (Future<RecordMetadata> f : sent) {
            f.get(60, TimeUnit.SECONDS);
        }
    }

    /** Waits for results; on a timeout the service's log tail says why. */
    private static void awaitResults(TestSettings topics, int atLeast, Duration within, Path log) throws Exception {
        try {
            ResultsReader.awaitAtLeast(kafka.bootstrapServers(), topics.resultsTopic(), atLeast, within);
        } catch (ConditionTimeoutException e) {
            List<String> lines = Files.readAllLines(log);
            throw new AssertionError("fewer than " + atLeast + " results; service log tail:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())), e);
        }
    }

    private static List<String> duplicates(Map<String, Integer> perKey) {
        List<String> out = new ArrayList<>();
        perKey.forEach((k, n) -> {
            if (n > 1) {
                out.add(k + " x" + n);
            }
        });
        return out;
    }

}
