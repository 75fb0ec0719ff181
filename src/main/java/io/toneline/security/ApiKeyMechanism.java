package io.toneline.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Reads API keys from {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>} and hands them
 * to {@link ApiKeyIdentityProvider}. A bearer value with a dot in it is a JWT and is left to
 * quarkus-smallrye-jwt's mechanism, which runs after this one; so both kinds of credential end in
 * the same {@code SecurityIdentity}. With no credentials configured, a loopback client is the local
 * operator and holds every role (other clients never get this far: {@link AccessGate}).
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    /** The header pipelines may send their key in. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private static final SecurityIdentity LOCAL = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("local")).addRoles(Set.copyOf(Roles.ALL)).build();

    private final Credentials credentials;

    /** @param credentials what this instance accepts */
    public ApiKeyMechanism(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identities) {
        if (!credentials.configured()) {
            SocketAddress peer = rc.request().connection().remoteAddress();
            boolean local = peer != null && AccessRules.isLoopback(peer.hostAddress());
            return local ? Uni.createFrom().item(LOCAL) : Uni.createFrom().nullItem();
        }
        String key = presentedKey(rc.request());
        if (key == null) {
            return Uni.createFrom().nullItem(); // a JWT, or no credentials: the next mechanism decides
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                new ApiKeyIdentityProvider.ApiKeyRequest(key), rc));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext rc) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyIdentityProvider.ApiKeyRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 500; // before the JWT mechanism, which would reject a key as a malformed token
    }

    /**
     * @param req a request
     * @return the API key it carries, or null when it carries none (or a JWT)
     */
    static String presentedKey(HttpServerRequest req) {
        String key = req.getHeader(API_KEY_HEADER);
        if (key != null) {
            return key.strip();
        }
        String auth = req.getHeader(HttpHeaders.AUTHORIZATION);
        if (auth == null || auth.length() < 7 || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = auth.substring(7).strip();
        return token.isEmpty() || token.indexOf('.') >= 0 ? null : token;
    }
}
