package io.toneline.errors;

import java.util.OptionalInt;

/** The queue is full (429); the client should retry after the given delay. */
public class TooManyRequestsException extends TonelineException {

    private final int retryAfterSeconds;

    /**
     * @param detail what is full
     * @param retryAfterSeconds suggested wait before retrying
     */
    public TooManyRequestsException(String detail, int retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return the wait this answer suggests, in seconds */
    @Override
    public OptionalInt retryAfterSeconds() {
        return OptionalInt.of(retryAfterSeconds);
    }
}
