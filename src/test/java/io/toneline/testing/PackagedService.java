package io.toneline.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged service ({@code target/quarkus-app}) as a process of its own, for tests that stop it
 * with a signal or run several: a command line with a port, a data directory and short job leases,
 * and a start that waits for readiness.
 */
public final class PackagedService {

    private PackagedService() {}

    /** @return a free loopback port */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * @param store {@code h2} or {@code postgres} (the server of {@link PostgresForTests})
     * @param port HTTP port
     * @param data the H2 data directory
     * @param more more {@code -D} options, before {@code -jar}
     * @return the command line of the packaged service, with 3 s job leases renewed every second
     */
    public static List<String> command(String store, int port, Path data, String... more) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dtoneline.data-dir=" + data, "-Dtoneline.jobs.lease=3s",
                "-Dtoneline.jobs.heartbeat=1s", "-Dtoneline.model.load-async=false"));
        if (store.equals("postgres")) {
            cmd.add("-Dquarkus.profile=prod,postgres");
            cmd.add("-Dquarkus.datasource.postgresql.jdbc.url=" + PostgresForTests.url().orElseThrow());
        }
        cmd.addAll(List.of(more));
        cmd.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        return cmd;
    }

    /**
     * @param cmd a command from {@link #command}
     * @param log where its output goes
     * @param base its base URL
     * @return the process, once {@code /q/health/ready} answers 200
     */
    public static Process start(List<String> cmd, Path log, String base) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!p.isAlive()) {
                            throw new IllegalStateException("service exited; log: " + Files.readString(log));
                        }
                        try {
                            return given().baseUri(base).when().get("/q/health/ready").statusCode() == 200;
                        } catch (Exception e) {
                            return false; // not listening yet (RestAssured rethrows the ConnectException unchecked)
                        }
                    });
            return p;
        } catch (ConditionTimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("service not ready in time; log: " + Files.readString(log));
        }
    }
}
