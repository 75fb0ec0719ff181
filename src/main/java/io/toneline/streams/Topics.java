package io.toneline.streams;

import io.toneline.config.TonelineConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the topics Toneline uses when they are missing (the broker's default replication): the
 * articles, results and dead-letter topics with {@code toneline.streams.partitions} partitions, and the
 * cursor topic with one, compacted. Topics an operator created are left as they are.
 */
final class Topics {

    private static final Logger LOG = Logger.getLogger(Topics.class);

    private Topics() {}

    /**
     * @param clients the client settings
     * @throws Exception when the broker cannot be reached in time
     */
    static void ensure(StreamClients clients) throws ExecutionException, InterruptedException, TimeoutException {
        TonelineConfig.Streams c = clients.config();
        Properties admin = clients.common("admin");
        try (Admin a = Admin.create(admin)) {
            Set<String> existing = a.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : List.of(c.articlesTopic(), c.resultsTopic(), c.deadLetterTopic())) {
                if (!existing.contains(name)) {
                    NewTopic t = new NewTopic(name, Optional.of(c.partitions()), Optional.empty());
                    if (name.equals(c.resultsTopic())) {
                        // room for the longest analysis even where compression gains little
                        t.configs(Map.of("max.message.bytes", String.valueOf(StreamClients.MAX_REQUEST_BYTES)));
                    }
                    missing.add(t);
                }
            }
            if (!existing.contains(c.cursorTopic())) {
                missing.add(new NewTopic(c.cursorTopic(), Optional.of(1), Optional.empty())
                        .configs(Map.of("cleanup.policy", "compact", "segment.ms", "3600000")));
            }
            for (NewTopic t : missing) {
                try {
                    a.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
                    LOG.infof("Created Kafka topic '%s'", t.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another instance creating it at the same moment is fine
                    }
                }
            }
        }
    }
}
