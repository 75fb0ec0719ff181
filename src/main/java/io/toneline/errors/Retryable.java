package io.toneline.errors;

/** An error the client may retry: the answer carries {@code Retry-After}. */
public interface Retryable {

    /** @return suggested wait before retrying, in seconds */
    int retryAfterSeconds();
}
