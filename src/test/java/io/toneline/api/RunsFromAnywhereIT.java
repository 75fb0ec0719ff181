package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The packaged service started from a directory other than the repository's. */
class RunsFromAnywhereIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();

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

    @Test
    void becomesReadyFromAnotherWorkingDirectory() throws Exception {
        Path elsewhere = Files.createTempDirectory("toneline-elsewhere");
        int port = freePort();
        Process p = new ProcessBuilder(java(elsewhere, port)).directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(elsewhere.resolve("out.log").toFile()).start();
        try {
            boolean ready = false;
            for (int i = 0; i < 240 && !ready && p.isAlive(); i++) {
                try {
                    ready = given().baseUri("http://127.0.0.1:" + port).when().get("/q/health/ready").statusCode() == 200;
                } catch (Exception e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            assertTrue(ready, Files.readString(elsewhere.resolve("out.log")));
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWrongModelDirectoryFailsTheStartSayingWhere() throws Exception {
        Path elsewhere = Files.createTempDirectory("toneline-wrong");
        Process p = new ProcessBuilder(java(elsewhere, freePort(), "-Dtoneline.model.dir=/nowhere/model"))
                .directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(elsewhere.resolve("out.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the service must stop, not stay DOWN");
        assertNotEquals(0, p.exitValue());
        String log = Files.readString(elsewhere.resolve("out.log"));
        assertTrue(log.contains("/nowhere/model") && log.contains("metadata.json"), log);
    }
}
