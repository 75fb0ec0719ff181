package io.toneline.streams;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the results publisher's last committed cursor from the cursor topic (one partition, compacted):
 * the value of the last committed record under the publisher's transactional id, 0 when there is none.
 * It reads back from the end in growing steps, since transaction markers and aborted records also
 * take offsets.
 */
final class CursorReader {

    private final StreamClients clients;

    CursorReader(StreamClients clients) {
        this.clients = clients;
    }

    long read() {
        TopicPartition tp = new TopicPartition(clients.config().cursorTopic(), 0);
        String id = clients.config().transactionalId();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(clients.cursorReader())) {
            c.assign(List.of(tp));
            c.seekToEnd(List.of(tp));
            long end = c.position(tp, Duration.ofSeconds(30)); // read_committed: the last stable offset
            long begin = c.beginningOffsets(List.of(tp), Duration.ofSeconds(30)).get(tp);
            for (long step = 64; ; step *= 4) {
                long from = Math.max(begin, end - step);
                Long found = lastValue(c, tp, from, end, id);
                if (found != null) {
                    return found;
                }
                if (from == begin) {
                    return 0;
                }
            }
        }
    }

    private static Long lastValue(KafkaConsumer<String, String> c, TopicPartition tp, long from, long end, String id) {
        c.seek(tp, from);
        Long last = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (c.position(tp) < end) {
            if (System.nanoTime() > deadline) {
                throw new org.apache.kafka.common.errors.TimeoutException("cannot read the cursor topic " + tp);
            }
            for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                if (id.equals(r.key()) && r.value() != null) {
                    last = Long.parseLong(r.value());
                }
            }
        }
        return last;
    }
}
