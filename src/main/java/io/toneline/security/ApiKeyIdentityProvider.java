package io.toneline.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Turns an API key into a {@code SecurityIdentity}: its entry's name as the principal and its roles
 * (the roles they imply are added by {@link RoleAugmentor}, as for JWTs). An unknown key fails
 * authentication (401). The key itself is neither kept in the identity nor logged.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyIdentityProvider.ApiKeyRequest> {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    /** An API key as a caller presented it. */
    public static final class ApiKeyRequest extends BaseAuthenticationRequest {
        private final String key;

        /** @param key the key as sent */
        public ApiKeyRequest(String key) {
            this.key = key;
        }

        /** @return the key as sent */
        String key() {
            return key;
        }

        @Override
        public String toString() {
            return "ApiKeyRequest[key=…]"; // never the key, wherever this ends up printed
        }
    }

    private final Credentials credentials;

    /** @param credentials the configured keys */
    public ApiKeyIdentityProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return credentials.apiKeys().match(request.key())
                .<Uni<SecurityIdentity>>map(k -> {
                    LOG.debugf("API key '%s' accepted", k.name());
                    return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(k.name())).addRoles(k.roles()).build());
                })
                .orElseGet(() -> {
                    LOG.debug("an unknown API key was refused");
                    return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
                });
    }
}
