package io.toneline.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /q/health/ready} is DOWN while the analyses store cannot write (database unreachable, disk
 * full), so that a load balancer stops sending submissions that would get 503; UP again by itself when
 * the store recovers.
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    private final AnalysisStore store;

    /** @param store the analyses store */
    public StoreReadiness(AnalysisStore store) {
        this.store = store;
    }

    /** {@inheritDoc} */
    @Override
    public HealthCheckResponse call() {
        String reason = store.unavailableReason();
        return reason == null ? HealthCheckResponse.named("analyses-store").up().build()
                : HealthCheckResponse.named("analyses-store").down().withData("error", reason).build();
    }
}
