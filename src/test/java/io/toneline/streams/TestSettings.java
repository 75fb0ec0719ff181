package io.toneline.streams;

import io.toneline.config.TonelineConfig;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Streams settings for plain tests: a broker, topic names under a prefix of the test's own (so tests
 * never read each other's messages), short leases.
 *
 * @param servers bootstrap servers
 * @param prefix topic name prefix
 * @param lease the publisher lease
 */
record TestSettings(String servers, String prefix, Duration lease) implements TonelineConfig.Streams {

    @Override
    public Optional<String> bootstrapServers() {
        return Optional.of(servers);
    }

    @Override
    public String articlesTopic() {
        return prefix + ".articles";
    }

    @Override
    public String resultsTopic() {
        return prefix + ".results";
    }

    @Override
    public String deadLetterTopic() {
        return prefix + ".dead-letter";
    }

    @Override
    public String cursorTopic() {
        return prefix + ".cursor";
    }

    @Override
    public String groupId() {
        return prefix;
    }

    @Override
    public String transactionalId() {
        return prefix + "-results";
    }

    @Override
    public int partitions() {
        return 3;
    }

    @Override
    public int publishBatch() {
        return 7; // small, so that a test spans several transactions
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(50);
    }

    @Override
    public Duration publisherLease() {
        return lease;
    }

    @Override
    public Map<String, String> client() {
        return Map.of();
    }

    /** @return the packaged service's options for these settings (before {@code -jar}) */
    String[] serviceOptions() {
        return new String[] {"-Dtoneline.streams.bootstrap-servers=" + servers,
            "-Dtoneline.streams.articles-topic=" + articlesTopic(), "-Dtoneline.streams.results-topic=" + resultsTopic(),
            "-Dtoneline.streams.dead-letter-topic=" + deadLetterTopic(), "-Dtoneline.streams.cursor-topic=" + cursorTopic(),
            "-Dtoneline.streams.group-id=" + groupId(), "-Dtoneline.streams.transactional-id=" + transactionalId(),
            "-Dtoneline.streams.publisher-lease=" + lease.toSeconds() + "s"};
    }
}
