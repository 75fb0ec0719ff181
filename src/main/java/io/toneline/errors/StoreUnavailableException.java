package io.toneline.errors;

/**
 * The analyses store cannot be reached or cannot write (database down, disk full): 503 with
 * {@code Retry-After}. Nothing was stored; the same request can be sent again.
 */
public class StoreUnavailableException extends TonelineException {

    /** @param detail what failed, in words a client can act on */
    public StoreUnavailableException(String detail) {
        super(ProblemType.STORE_UNAVAILABLE, detail);
    }
}
