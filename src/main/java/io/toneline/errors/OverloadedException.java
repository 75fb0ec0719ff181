package io.toneline.errors;

/** The model's queue has no room, or the model is shutting down: 503, retry shortly. */
public class OverloadedException extends TonelineException {

    /** @param detail what is full */
    public OverloadedException(String detail) {
        super(ProblemType.OVERLOADED, detail);
    }
}
