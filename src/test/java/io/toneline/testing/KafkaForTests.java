package io.toneline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka (KRaft: broker and controller in one) inside the test JVM, on free loopback
 * ports and a temporary log directory: the server artifact of the same version as the client the Quarkus
 * BOM brings. No container, no network beyond loopback. Internal topics have one replica, and groups
 * start at once.
 */
public final class KafkaForTests implements AutoCloseable {

    /**
     * The broker's own INFO lines would bury the test output. Its SLF4J logs go to JBoss LogManager's
     * context (whatever JUL's manager is); the loggers are held here so the settings stay.
     */
    private static final List<org.jboss.logmanager.Logger> QUIET = List.of(
            org.jboss.logmanager.Logger.getLogger("kafka"), org.jboss.logmanager.Logger.getLogger("org.apache.kafka"),
            org.jboss.logmanager.Logger.getLogger("state.change.logger"));

    /** Kafka resets logger levels while it starts, so this runs before and after. */
    private static void quiet() {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
    }

    private final KafkaRaftServer server;
    private final Path logDir;
    private final int port;

    private KafkaForTests(KafkaRaftServer server, Path logDir, int port) {
        this.server = server;
        this.logDir = logDir;
        this.port = port;
    }

    /**
     * @return a started broker
     * @throws Exception when it cannot be formatted or started
     */
    public static KafkaForTests start() throws Exception {
        quiet();
        Path dir = Files.createTempDirectory("toneline-kafka-");
        int port = freePort();
        int controllerPort = freePort();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.toString());
        p.put("num.partitions", "1");
        // topics come from the service (io.toneline.streams.Topics), as on a broker that does not create them
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        new Formatter().setNodeId(1).setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(dir.toString()))
                .setMetadataLogDirectory(dir.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .run();
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
        server.startup();
        quiet();
        return new KafkaForTests(server, dir, port);
    }

    /** @return {@code host:port} for clients */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
