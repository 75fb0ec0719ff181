package io.toneline.errors;

import java.util.OptionalInt;

/**
 * Base of Toneline's own errors. Each names its {@link ProblemType} (status, slug, title, retry hint)
 * and carries a detail message a person can act on; {@code api.ProblemMapper} turns it into RFC 9457
 * problem+json.
 */
public abstract class TonelineException extends RuntimeException {

    private final ProblemType type;

    /**
     * @param type what kind of problem this is
     * @param detail what happened and what to do about it
     */
    protected TonelineException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    /**
     * @param type what kind of problem this is
     * @param detail what happened (for the log when {@link #clientDetail()} is overridden)
     * @param cause the underlying error
     */
    protected TonelineException(ProblemType type, String detail, Throwable cause) {
        super(detail, cause);
        this.type = type;
    }

    /** @return the problem type */
    public ProblemType type() {
        return type;
    }

    /** @return the detail a client sees; 5xx types override it so that internals stay in the log */
    public String clientDetail() {
        return getMessage();
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
