package io.toneline.streams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.jobs.AnalysisStore;
import io.toneline.jobs.JobQueue;
import io.toneline.jobs.JobStatus;
import io.toneline.jobs.stored.SampleAnalysis;
import io.toneline.jobs.stored.StoredAnalyses;
import io.toneline.testing.KafkaForTests;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The results publisher against a real broker (in this JVM) and a real store (H2): each outcome is
 * published once, with its headers; a publisher that crashed mid-transaction leaves nothing visible and
 * the next one goes on from the committed cursor; two instances on one store publish each result once.
 */
class KafkaResultsTest {

    private static KafkaForTests kafka;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final List<Thread> threads = new ArrayList<>();
    private final List<ResultPublisher> publishers = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = KafkaForTests.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @AfterEach
    void stopPublishers() throws InterruptedException {
        publishers.forEach(ResultPublisher::stop);
        for (Thread t : threads) {
            t.join(15_000);
        }
    }

    private static AnalysisStore store() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:streams-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        DataSource ds = h2;
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new AnalysisStore(ds);
    }

    private StreamClients clients(TestSettings settings, String instance) throws Exception {
        StreamClients clients = new StreamClients(settings, instance);
        Topics.ensure(clients);
        return clients;
    }

    private void publish(StreamClients clients, AnalysisStore store, String owner) {
        ResultPublisher p = new ResultPublisher(clients, store.outcomes(), store.leases(),
                new ResultMessages(json, clients.config().resultsTopic()), new StreamMetrics(new SimpleMeterRegistry()),
                owner);
        publishers.add(p);
        Thread t = new Thread(p, "publisher-" + owner);
        threads.add(t);
        t.start();
    }

    private String succeeded(AnalysisStore store, String key) {
        String id = UUID.randomUUID().toString();
        store.insert(id, JobStatus.SUCCEEDED, "{}", "h-" + id, key,
                new StoredAnalyses(json).write(SampleAnalysis.analysis().withId(id)), System.currentTimeMillis());
        return id;
    }

    private static Map<String, Integer> countByKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Integer> n = new HashMap<>();
        records.forEach(r -> n.merge(r.key(), 1, Integer::sum));
        return n;
    }

    @Test
    void eachOutcomeIsPublishedOnceWithItsHeadersAndQueuedWorkWhenItFinishes() throws Exception {
        TestSettings settings = new TestSettings(kafka.bootstrapServers(), "t1-" + UUID.randomUUID(), Duration.ofSeconds(5));
        AnalysisStore store = store();
        String ok = succeeded(store, "wire-1");
        String failed = UUID.randomUUID().toString();
        store.insert(failed, JobStatus.QUEUED, "{}", "h-f", null, null, System.currentTimeMillis());
        JobQueue.Claim claim = store.queue().claim("w", System.currentTimeMillis(), 60_000).orElseThrow();
        store.queue().finish(claim, "w", null, "the model failed", System.currentTimeMillis());
        String gone = succeeded(store, null);
        store.delete(gone);
        String later = UUID.randomUUID().toString();
        store.insert(later, JobStatus.QUEUED, "{}", "h-l", "wire-2", null, System.currentTimeMillis());

        publish(clients(settings, "a"), store, "a");
        List<ConsumerRecord<String, byte[]>> first = ResultsReader.readAll(kafka.bootstrapServers(),
                settings.resultsTopic(), 3, Duration.ofSeconds(30));
        assertEquals(Map.of(ok, 1, failed, 1, gone, 1), countByKey(first), "the queued one is not out yet");
        for (ConsumerRecord<String, byte[]> r : first) {
            assertEquals("1", ResultsReader.header(r, Headers.FORMAT_VERSION));
            if (r.key().equals(ok)) {
                JsonNode doc = json.readTree(r.value());
                assertEquals("succeeded", doc.path("status").asText());
                assertEquals(ok, doc.path("analysis").path("id").asText());
                assertEquals("wire-1", doc.path("idempotencyKey").asText());
                assertEquals("2024.2", ResultsReader.header(r, Headers.MODEL_VERSION));
                assertEquals("finished", ResultsReader.header(r, Headers.EVENT));
                assertEquals("wire-1", ResultsReader.header(r, Headers.IDEMPOTENCY_KEY));
            } else if (r.key().equals(failed)) {
                assertEquals("failed", ResultsReader.header(r, Headers.STATUS));
                assertEquals("the model failed", json.readTree(r.value()).path("error").asText());
            } else {
                assertNull(r.value(), "a deletion is a tombstone");
                assertEquals("deleted", ResultsReader.header(r, Headers.EVENT));
            }
        }

        JobQueue.Claim c2 = store.queue().claim("w", System.currentTimeMillis(), 60_000).orElseThrow();
        assertEquals(later, c2.id());
        store.queue().finish(c2, "w", new StoredAnalyses(json).write(SampleAnalysis.analysis().withId(later)), null,
                System.currentTimeMillis());
        List<ConsumerRecord<String, byte[]>> all = ResultsReader.readAll(kafka.bootstrapServers(),
                settings.resultsTopic(), 4, Duration.ofSeconds(30));
        assertEquals(Map.of(ok, 1, failed, 1, gone, 1, later, 1), countByKey(all));
    }

    @Test
    void anAnalysisLargerThanTheBrokersDefaultMessageGoesOutCompressed() throws Exception {
        TestSettings settings = new TestSettings(kafka.bootstrapServers(), "t4-" + UUID.randomUUID(), Duration.ofSeconds(5));
        AnalysisStore store = store();
        String id = UUID.randomUUID().toString();
        // the longest article (200,000 characters) gives an analysis of about 1.6 MB: more than the 1 MB a
        // producer and a broker take by default
        String text = "Talks between the two governments resumed in Geneva on Monday. ".repeat(25_000);
        io.toneline.analysis.Analysis big = SampleAnalysis.analysis().withId(id);
        big = new io.toneline.analysis.Analysis(id, big.title(), text, big.paragraphs(), big.actors(), big.model(),
                big.timings());
        store.insert(id, JobStatus.SUCCEEDED, "{}", "h-" + id, "big", new StoredAnalyses(json).write(big),
                System.currentTimeMillis());
        publish(clients(settings, "a"), store, "a");
        List<ConsumerRecord<String, byte[]>> out = ResultsReader.readAll(kafka.bootstrapServers(),
                settings.resultsTopic(), 1, Duration.ofSeconds(30));
        assertEquals(1, out.size());
        assertTrue(out.get(0).value().length > 1_500_000, "the whole analysis: " + out.get(0).value().length);
        assertNull(ResultsReader.header(out.get(0), Headers.ANALYSIS_OMITTED));
    }

    @Test
    void aPublisherThatDiedMidTransactionLeavesNothingAndTheNextGoesOnFromTheCursor() throws Exception {
        TestSettings settings = new TestSettings(kafka.bootstrapServers(), "t2-" + UUID.randomUUID(), Duration.ofSeconds(1));
        AnalysisStore store = store();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(succeeded(store, "k" + i));
        }
        StreamClients clients = clients(settings, "a");
        publish(clients, store, "a");
        assertEquals(30, ResultsReader.readAll(kafka.bootstrapServers(), settings.resultsTopic(), 30,
                Duration.ofSeconds(30)).size());
        stopPublishers();
        for (int i = 30; i < 60; i++) {
            ids.add(succeeded(store, "k" + i));
        }
        // a publisher that dies inside a transaction: results and a far cursor written, never committed
        try (KafkaProducer<String, byte[]> zombie = new KafkaProducer<>(clients.resultsProducer())) {
            zombie.initTransactions();
            zombie.beginTransaction();
            for (int i = 0; i < 5; i++) {
                zombie.send(new ProducerRecord<>(settings.resultsTopic(), "zombie-" + i, new byte[] {1}));
            }
            zombie.send(new ProducerRecord<>(settings.cursorTopic(), 0, settings.transactionalId(),
                    "999999".getBytes(StandardCharsets.US_ASCII)));
            zombie.flush();
            publish(clients(settings, "b"), store, "b"); // fences the zombie and aborts its transaction
            List<ConsumerRecord<String, byte[]>> all = ResultsReader.readAll(kafka.bootstrapServers(),
                    settings.resultsTopic(), 60, Duration.ofSeconds(30));
            Map<String, Integer> n = countByKey(all);
            assertEquals(60, all.size(), "each result once: " + n);
            assertEquals(new java.util.HashSet<>(ids), n.keySet(), "none lost, no zombie record visible");
        }
    }

    @Test
    void twoInstancesOnOneStorePublishEachResultOnce() throws Exception {
        TestSettings settings = new TestSettings(kafka.bootstrapServers(), "t3-" + UUID.randomUUID(), Duration.ofSeconds(1));
        AnalysisStore store = store();
        publish(clients(settings, "a"), store, "a");
        publish(clients(settings, "b"), store, "b");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(succeeded(store, "k" + i));
            if (i == 20) {
                // the holder stops cleanly halfway: the other takes over at once
                publishers.get(0).stop();
            }
            Thread.sleep(20);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ResultsReader.readAll(kafka.bootstrapServers(),
                settings.resultsTopic(), 40, Duration.ofSeconds(2)).size() >= 40);
        List<ConsumerRecord<String, byte[]>> all = ResultsReader.readAll(kafka.bootstrapServers(),
                settings.resultsTopic(), 40, Duration.ofSeconds(5));
        assertEquals(40, all.size(), "each result once: " + countByKey(all));
        assertEquals(new java.util.HashSet<>(ids), countByKey(all).keySet());
        assertNotNull(all.get(0).value());
        assertTrue(all.stream().allMatch(r -> "finished".equals(ResultsReader.header(r, Headers.EVENT))));
    }
}
