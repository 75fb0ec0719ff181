package io.toneline.errors;

/** The tone model is not loaded (still loading, or failed to load): 503, retry shortly. */
public class ModelUnavailableException extends TonelineException implements Retryable {

    /** @param detail why the model cannot score now */
    public ModelUnavailableException(String detail) {
        super(503, "model-unavailable", "Model unavailable", detail);
    }

    @Override
    public int retryAfterSeconds() {
        return 10;
    }
}
