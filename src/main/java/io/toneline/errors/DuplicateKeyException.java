package io.toneline.errors;

/**
 * Another submission with the same idempotency key won the race (409). The job service answers it
 * by replaying the winner, so clients see it only if that replay is impossible.
 */
public class DuplicateKeyException extends TonelineException {

    /** @param key the idempotency key */
    public DuplicateKeyException(String key) {
        super(ProblemType.IDEMPOTENCY_KEY_IN_USE, "idempotency key already used: " + key);
    }
}
