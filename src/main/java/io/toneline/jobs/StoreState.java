package io.toneline.jobs;

import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

/**
 * Whether the analyses store is available, as the last operations found it. A change of state is
 * logged once (a WARN when it goes, an INFO when it comes back), never each failed attempt, so a full
 * disk or a database outage does not flood the log.
 */
public final class StoreState {

    private static final Logger LOG = Logger.getLogger(StoreState.class);

    private final AtomicReference<String> down = new AtomicReference<>();

    /** @param reason why the last operation could not reach or write the store */
    void failed(String reason) {
        if (down.getAndSet(reason) == null) {
            LOG.warnf("The analyses store is unavailable (%s); submissions get 503 with Retry-After and readiness is"
                    + " DOWN until it recovers", reason);
        }
    }

    /** The last operation succeeded. */
    void succeeded() {
        if (down.getAndSet(null) != null) {
            LOG.info("The analyses store is available again");
        }
    }

    /** @return why the store is unavailable, or null when the last operation succeeded */
    public String unavailableReason() {
        return down.get();
    }
}
