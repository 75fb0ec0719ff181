package io.toneline;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged service. Sets two HTTP options that must be in place before Vert.x
 * loads, then starts Quarkus as usual.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    /**
     * Starts the service.
     *
     * @param args command-line arguments, passed to Quarkus
     */
    public static void main(String... args) {
        // Netty rejects a request whose header holds a control character with an empty 400 before any
        // of our code sees it; with its check off, api.HttpGuard refuses such requests with a problem
        // document instead. Response headers are only ever built from our own values.
        // Likewise Quarkus answers a URI that java.net.URI rejects (bad percent-encoding) with an empty 400;
        // api.HttpGuard makes the same check first thing and answers with a problem document.
        // Vert.x reads both only as JVM properties (no per-server option), so they are set here, before it
        // loads. With both on, HostileRequestsTest (bad percent-encoding, control character in a header)
        // gets Netty's empty 400. Tests do not start through this class: the pom's surefire and failsafe
        // configurations set the same two properties. -D...=false on the command line keeps Netty's checks.
        for (String property : new String[] {"vertx.disableHttpHeadersValidation", "vertx.disableURIValidation"}) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, "true");
            }
        }
        Quarkus.run(args);
    }
}
