package io.toneline.errors;

/** The tone model is not loaded (still loading, or failed to load): 503, retry shortly. */
public class ModelUnavailableException extends TonelineException {

    /** @param detail why the model cannot score now */
    public ModelUnavailableException(String detail) {
        super(ProblemType.MODEL_UNAVAILABLE, detail);
    }
}
