package io.toneline.streams;

import static io.restassured.RestAssured.given;
import static io.toneline.testing.PackagedService.command;
import static io.toneline.testing.PackagedService.freePort;
import static io.toneline.testing.PackagedService.start;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.testing.KafkaForTests;
import io.toneline.testing.PostgresForTests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged instances on one PostgreSQL database and one Kafka consumer group: first one instance
 * alone, then both sharing the articles, then the second killed (SIGKILL) mid-run. Every article ends
 * with exactly one succeeded analysis and one result message. Prints how the work split and the
 * throughput of one and of two instances.
 */
@ExtendWith(PostgresForTests.class)
class TwoInstancesIT {

    static final int SOLO = 40;
    static final int PAIR = 40;
    static final int KILLED = 120;
    private static final Pattern METRIC = Pattern.compile("^(toneline_[a-z_]+_total)\\{([^}]*)\\} ([0-9.E+]+)$",
            Pattern.MULTILINE);

    private static KafkaForTests kafka;

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

    /** A schema of this run's own in the test server, so no other test's analyses are published here. */
    private static String freshSchemaUrl() throws Exception {
        String url = PostgresForTests.url().orElseThrow();
        String schema = "two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String user() {
        return System.getenv().getOrDefault("TONELINE_TEST_PG_USER", "toneline");
    }

    private static String password() {
        return System.getenv().getOrDefault("TONELINE_TEST_PG_PASSWORD", "toneline");
    }

    @Test
    void twoInstancesShareTheWorkAndOneKilledLosesAndRepeatsNothing() throws Exception {
        String url = freshSchemaUrl();
        TestSettings topics = new TestSettings(kafka.bootstrapServers(), "two-" + UUID.randomUUID(), Duration.ofSeconds(3));
        int portA = freePort();
        int portB = freePort();
        String a = "http://127.0.0.1:" + portA;
        String b = "http://127.0.0.1:" + portB;
        Process pa = start(instance("two-a", portA, url, topics), data.resolve("a.log"), a);
        Process pb = null;
        int total = SOLO + PAIR + KILLED;
        Map<String, Double> bBeforeKill;
        double soloRate;
        double pairRate;
        try (KafkaProducer<String, String> producer = ResultsReader.articleProducer(kafka.bootstrapServers())) {
            soloRate = publishAndTime(producer, topics, 0, SOLO);
            pb = start(instance("two-b", portB, url, topics), data.resolve("b.log"), b);
            awaitMembers(topics.groupId(), 2);
            pairRate = publishAndTime(producer, topics, SOLO, SOLO + PAIR);
            for (int i = SOLO + PAIR; i < total; i++) {
                producer.send(new ProducerRecord<>(topics.articlesTopic(), "two-" + i, TestArticles.article(i)));
            }
            producer.flush();
            ResultsReader.awaitAtLeast(kafka.bootstrapServers(), topics.resultsTopic(), SOLO + PAIR + KILLED / 3, Duration.ofMinutes(3));
            bBeforeKill = metrics(b);
            pb.destroyForcibly();
            pb.waitFor();
            ResultsReader.awaitAtLeast(kafka.bootstrapServers(), topics.resultsTopic(), total, Duration.ofMinutes(4));
        } finally {
            if (pb != null) {
                pb.destroyForcibly();
            }
        }
        Map<String, Double> aAtEnd = metrics(a);
        pa.destroy();
        pa.waitFor();

        List<ConsumerRecord<String, byte[]>> results = ResultsReader.readAll(kafka.bootstrapServers(),
                topics.resultsTopic(), total, Duration.ofSeconds(10));
        Map<String, Integer> perKey = new HashMap<>();
        results.forEach(r -> perKey.merge(ResultsReader.header(r, Headers.IDEMPOTENCY_KEY), 1, Integer::sum));
        assertEquals(total, perKey.size(), "every article has a result");
        assertEquals(total, results.size(), "none twice");
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT status, COUNT(*) FROM analyses GROUP BY status")) {
            Map<String, Integer> byStatus = new HashMap<>();
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getInt(2));
            }
            assertEquals(Map.of("succeeded", total), byStatus, "one analysis per article, all finished");
        }
        double doneByB = bBeforeKill.getOrDefault("toneline_jobs_finished_total{outcome=\"succeeded\"}", 0.0);
        double doneByA = aAtEnd.getOrDefault("toneline_jobs_finished_total{outcome=\"succeeded\"}", 0.0);
        assertTrue(doneByB > 0, "the second instance took part: " + bBeforeKill);
        System.out.printf("TwoInstancesIT: %d articles; finished by a: %.0f, by b (before it was killed): %.0f; "
                + "taken from Kafka by a: %.0f, by b: %.0f; one instance %.2f articles/s, two %.2f articles/s%n",
                total, doneByA, doneByB, aAtEnd.getOrDefault("toneline_kafka_articles_total{outcome=\"stored\"}", 0.0),
                bBeforeKill.getOrDefault("toneline_kafka_articles_total{outcome=\"stored\"}", 0.0), soloRate, pairRate);
    }

    private List<String> instance(String id, int port, String url, TestSettings topics) {
        List<String> options = new ArrayList<>(List.of("-Dquarkus.datasource.postgresql.jdbc.url=" + url,
                "-Dtoneline.jobs.instance-id=" + id, "-Dtoneline.model.threads.intra-op=1"));
        options.addAll(List.of(topics.serviceOptions()));
        return command("postgres", port, data.resolve(id), options.toArray(String[]::new));
    }

    /** @return articles per second from the first send to the last of their results */
    private static double publishAndTime(KafkaProducer<String, String> producer, TestSettings topics, int from, int to) {
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            producer.send(new ProducerRecord<>(topics.articlesTopic(), "two-" + i, TestArticles.article(i)));
        }
        producer.flush();
        ResultsReader.awaitAtLeast(kafka.bootstrapServers(), topics.resultsTopic(), to, Duration.ofMinutes(3));
        return (to - from) / ((System.nanoTime() - start) / 1e9);
    }

    private static Map<String, Double> metrics(String base) {
        String text = given().baseUri(base).when().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> out = new HashMap<>();
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            out.put(m.group(1) + "{" + m.group(2) + "}", Double.parseDouble(m.group(3)));
        }
        return out;
    }

    /** Waits until the consumer group has its members (the rebalance done), so the timing is of both. */
    private static void awaitMembers(String group, int members) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                return d.members().size() == members && d.members().stream()
                        .allMatch(m -> !m.assignment().topicPartitions().isEmpty());
            });
        }
    }

}
