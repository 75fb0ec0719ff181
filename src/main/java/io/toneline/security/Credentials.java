package io.toneline.security;

import io.toneline.config.TonelineConfig;

import io.quarkus.runtime.StartupEvent;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The credentials this instance accepts: API keys from {@code toneline.security.api-keys} and
 * {@code api-keys-file}, and whether bearer JWTs can be verified ({@code mp.jwt.verify.publickey.location}
 * set; an inline {@code mp.jwt.verify.publickey} is not counted, since Quarkus' dev service sets one). Read once at start; a malformed entry or a
 * missing keys file fails the start. Says in one log line at start what it accepts: a WARN when
 * nothing is configured and the service answers loopback clients only.
 */
@Singleton
public class Credentials {

    private static final Logger LOG = Logger.getLogger(Credentials.class);

    private final ApiKeys apiKeys;
    private final boolean jwt;
    private final Optional<String> issuer;
    private final boolean protectMetrics;
    private final AccessRules rules;

    /**
     * @param config Toneline's settings
     * @param jwtKeyLocation where the JWT verification key (PEM or JWKS) is, if anywhere
     * @param issuer the issuer tokens must name, if checked
     * @param nonApplicationRoot where Quarkus serves health and metrics
     */
    public Credentials(TonelineConfig config,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> jwtKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String nonApplicationRoot) {
        TonelineConfig.Security s = config.security();
        List<String> entries = new ArrayList<>(s.apiKeys().orElse(List.of()));
        s.apiKeysFile().filter(f -> !f.isBlank()).ifPresent(f -> {
            Path file = Path.of(f);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("toneline.security.api-keys-file: no such file: " + file.toAbsolutePath());
            }
            entries.addAll(ApiKeys.readFile(file));
        });
        this.apiKeys = ApiKeys.parse(entries);
        // only a key file counts: quarkus-smallrye-jwt's dev service hands an in-memory key it generated to
        // dev and test runs, the packaged application under test included, as mp.jwt.verify.publickey;
        // that key is nobody's credential and must not switch the service into the secured mode
        this.jwt = jwtKeyLocation.filter(k -> !k.isBlank()).isPresent();
        this.issuer = issuer.filter(i -> !i.isBlank());
        this.protectMetrics = s.protectMetrics();
        String root = nonApplicationRoot.startsWith("/") ? nonApplicationRoot : "/" + nonApplicationRoot;
        this.rules = new AccessRules(root);
    }

    void announce(@Observes StartupEvent start) {
        if (!configured()) {
            LOG.warnf("No credentials configured (toneline.security.api-keys, toneline.security.api-keys-file,"
                    + " mp.jwt.verify.publickey.location): answering loopback clients only (127.0.0.0/8, ::1);"
                    + " other addresses get 403 except on %s", protectMetrics ? "/q/health" : "/q/health and /q/metrics");
            return;
        }
        List<String> what = new ArrayList<>();
        if (!apiKeys.isEmpty()) {
            what.add("API keys " + String.join(", ", apiKeys.describe()));
        }
        if (jwt) {
            what.add("bearer JWTs (roles from 'groups', issuer " + issuer.orElse("not checked") + ")");
        }
        LOG.infof("Credentials required from every client: %s; metrics %s", String.join("; ", what),
                protectMetrics ? "need the reader role" : "open");
        if (jwt && issuer.isEmpty()) {
            LOG.warn("mp.jwt.verify.issuer is not set: JWTs signed by the configured key are accepted from any issuer");
        }
    }

    /** @return whether any API key or JWT key is configured, so that credentials are required */
    public boolean configured() {
        return !apiKeys.isEmpty() || jwt;
    }

    /** @return the configured API keys */
    public ApiKeys apiKeys() {
        return apiKeys;
    }

    /** @return whether metrics need the reader role */
    public boolean protectMetrics() {
        return protectMetrics;
    }

    /** @return the pre-routing rules for this instance's paths */
    public AccessRules rules() {
        return rules;
    }
}
