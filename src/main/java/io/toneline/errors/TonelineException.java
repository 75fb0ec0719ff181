package io.toneline.errors;

import java.util.OptionalInt;

/**
 * Base of Toneline's own errors. Each names its {@link ProblemType} (status, slug, title, retry hint)
 * and carries a detail message a person can act on; {@code api.ProblemMapper} turns it into RFC 9457
 * problem+json.
 */
public abstract class TonelineException extends RuntimeException {

    private final ProblemType type;
    private final boolean internal;

    /**
     * @param type what kind of problem this is
     * @param detail what happened and what to do about it
     */
    protected TonelineException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
        this.internal = false;
    }

    /**
     * @param type what kind of problem this is
     * @param detail what happened, for the log (clients get a generic detail)
     * @param cause the underlying error
     */
    protected TonelineException(ProblemType type, String detail, Throwable cause) {
        super(detail, cause);
        this.type = type;
        this.internal = true;
    }

    /** @return the problem type */
    public ProblemType type() {
        return type;
    }

    /**
     * @return the detail a client sees: the message, except for failures raised with a cause, whose
     *     message may name internals (a driver's or the engine's words) and so stays in the log
     */
    public String clientDetail() {
        return internal ? type.title().toLowerCase(java.util.Locale.ROOT) + "; the error has been logged" : getMessage();
    }

    /** @return HTTP status */
    public int status() {
        return type.status();
    }

    /**
     * @return the suggested wait before retrying, in seconds; present for errors a client (or a worker)
     *     may retry unchanged: the type's hint unless this error names its own
     */
    public OptionalInt retryAfterSeconds() {
        return type.retryAfterSeconds();
    }
}
