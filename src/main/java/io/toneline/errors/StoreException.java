package io.toneline.errors;

/**
 * The database failed in a way that is not an outage (a constraint, a bug): 500. Outages are
 * {@link StoreUnavailableException}. The driver's message stays in the log.
 */
public class StoreException extends TonelineException {

    /**
     * @param message what failed, for the log
     * @param cause the driver's error
     */
    public StoreException(String message, Throwable cause) {
        super(ProblemType.STORE_FAILED, message, cause);
    }
}
