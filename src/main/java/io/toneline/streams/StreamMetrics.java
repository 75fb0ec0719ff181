package io.toneline.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters of the Kafka streams, exported with the service's other metrics. */
final class StreamMetrics {

    private final Counter stored;
    private final Counter replayed;
    private final Counter deadLettered;
    private final Counter retried;
    private final Counter published;

    StreamMetrics(MeterRegistry registry) {
        String messages = "toneline_kafka_articles";
        String help = "article messages read from Kafka, by outcome";
        stored = Counter.builder(messages).description(help).tag("outcome", "stored").register(registry);
        replayed = Counter.builder(messages).description(help).tag("outcome", "replayed").register(registry);
        deadLettered = Counter.builder(messages).description(help).tag("outcome", "dead_letter").register(registry);
        retried = Counter.builder(messages).description(help).tag("outcome", "retry").register(registry);
        published = Counter.builder("toneline_kafka_results_published")
                .description("finished analyses and deletions published to the results topic").register(registry);
    }

    void taken(boolean wasReplayed) {
        (wasReplayed ? replayed : stored).increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void retried() {
        retried.increment();
    }

    void published(int n) {
        published.increment(n);
    }
}
