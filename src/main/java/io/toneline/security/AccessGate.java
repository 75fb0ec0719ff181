package io.toneline.security;

import io.toneline.api.RoutedProblems;
import io.toneline.errors.ProblemType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.BiConsumer;

/**
 * The checks that come before any route, as problem+json: an unconfigured service refuses clients
 * that are not on loopback (403, except health and open metrics), and protected metrics need the
 * reader role (401 / 403). The API's own role checks are {@code @RolesAllowed} on its resources.
 * The client's address is the TCP peer's, never a forwarding header.
 */
@ApplicationScoped
public class AccessGate {

    /** After {@code api.HttpGuard}'s checks, before anything reads the request. */
    static final int GATE_ORDER = Integer.MIN_VALUE + 2;
    /** After Quarkus' authentication (-200) and authorization (-100) handlers, before the metrics route. */
    static final int METRICS_ORDER = -50;

    private final Credentials credentials;
    private final ObjectMapper json;

    /**
     * @param credentials what this instance accepts
     * @param json Quarkus' object mapper
     */
    public AccessGate(Credentials credentials, ObjectMapper json) {
        this.credentials = credentials;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(GATE_ORDER).handler(this::gate);
        router.route().order(METRICS_ORDER).handler(this::metrics);
    }

    private void gate(RoutingContext rc) {
        SocketAddress peer = rc.request().connection().remoteAddress();
        AccessRules.Access access = credentials.rules().decide(credentials.configured(), credentials.protectMetrics(),
                peer == null ? null : peer.hostAddress(), rc.normalizedPath());
        if (access == AccessRules.Access.LOCAL_ONLY) {
            send(rc, ProblemType.LOCAL_ONLY, "this service has no credentials configured, so it answers"
                    + " clients on its own machine only; configure API keys (toneline.security.api-keys) or a JWT"
                    + " verification key (mp.jwt.verify.publickey.location) to serve other hosts");
        } else {
            rc.next();
        }
    }

    private void metrics(RoutingContext rc) {
        if (!credentials.configured() || !credentials.protectMetrics()
                || !credentials.rules().isMetrics(rc.normalizedPath())) {
            rc.next();
            return;
        }
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(rc, null);
        if (identity == null) {
            rc.next(); // no authentication handler ran: nothing to check against (never the case with security on)
            return;
        }
        // Quarkus hands a failed authentication to this context's failure handler: answer it here, as problem+json
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ctx, failure) ->
                unauthorized(ctx, "the credentials were not accepted"));
        identity.subscribe().with(id -> {
            if (id == null || id.isAnonymous()) {
                unauthorized(rc, "metrics need credentials with the reader role: send Authorization: Bearer <key or token>");
            } else if (!id.hasRole(Roles.READER)) {
                send(rc, ProblemType.FORBIDDEN, "metrics need the reader role");
            } else {
                rc.next();
            }
        }, failure -> unauthorized(rc, "the credentials were not accepted"));
    }

    private void unauthorized(RoutingContext rc, String detail) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        send(rc, ProblemType.UNAUTHORIZED, detail);
    }

    private void send(RoutingContext rc, ProblemType type, String detail) {
        // the request's body, if any, is not read: the connection cannot be reused
        RoutedProblems.send(rc, json, type, detail, rc.normalizedPath(), true);
    }
}
