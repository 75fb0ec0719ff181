package io.toneline.errors;

/**
 * The model itself failed on valid input (an engine error): 500. The engine's message stays in the
 * log; the client gets a generic detail.
 */
public class ModelFailureException extends TonelineException {

    /**
     * @param message what failed, for the log
     * @param cause the engine's error
     */
    public ModelFailureException(String message, Throwable cause) {
        super(ProblemType.MODEL_FAILED, message, cause);
    }
}
