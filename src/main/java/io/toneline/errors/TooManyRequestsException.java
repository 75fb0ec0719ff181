package io.toneline.errors;

/** The queue is full (429); the client should retry after the given delay. */
public class TooManyRequestsException extends TonelineException implements Retryable {

    private final int retryAfterSeconds;

    /**
     * @param detail what is full
     * @param retryAfterSeconds suggested wait before retrying
     */
    public TooManyRequestsException(String detail, int retryAfterSeconds) {
        super(429, "too-many-requests", "Too many requests", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return suggested wait before retrying, in seconds */
    @Override
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
