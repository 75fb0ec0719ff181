package io.toneline.errors;

/** The model's queue has no room, or the model is shutting down: 503, retry shortly. */
public class OverloadedException extends TonelineException implements Retryable {

    /** @param detail what is full */
    public OverloadedException(String detail) {
        super(503, "overloaded", "Service busy", detail);
    }

    @Override
    public int retryAfterSeconds() {
        return 5;
    }
}
