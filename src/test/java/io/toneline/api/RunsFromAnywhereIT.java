package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged service started from a directory other than the repository's. */
class RunsFromAnywhereIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();

    /** The working directory, database and log of each run, outside the repository; removed after it. */
    @TempDir
    Path elsewhere;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static List<String> java(Path data, int port, String... props) {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dtoneline.data-dir=" + data.resolve("db")));
        cmd.addAll(List.of(props));
        cmd.addAll(List.of("-jar", JAR.toString()));
        return cmd;
    }

    private static boolean ready(int port) {
        try {
            return given().baseUri("http://127.0.0.1:" + port).when().get("/q/health/ready").statusCode() == 200;
        } catch (Exception e) {
            return false; // not listening yet
        }
    }

    @Test
    void becomesReadyFromAnotherWorkingDirectory() throws Exception {
        int port = freePort();
        Process p = new ProcessBuilder(java(elsewhere, port)).directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(elsewhere.resolve("out.log").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> !p.isAlive() || ready(port));
            assertTrue(p.isAlive() && ready(port), Files.readString(elsewhere.resolve("out.log")));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not ready in time; log: " + Files.readString(elsewhere.resolve("out.log")), e);
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWrongModelDirectoryFailsTheStartSayingWhere() throws Exception {
        Process p = new ProcessBuilder(java(elsewhere, freePort(), "-Dtoneline.model.dir=/nowhere/model"))
                .directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(elsewhere.resolve("out.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the service must stop, not stay DOWN");
        assertNotEquals(0, p.exitValue());
        String log = Files.readString(elsewhere.resolve("out.log"));
        assertTrue(log.contains("/nowhere/model") && log.contains("metadata.json"), log);
    }
}
