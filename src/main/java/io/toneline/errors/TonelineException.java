package io.toneline.errors;

/**
 * Base of Toneline's own errors. Each carries the HTTP status it maps to and a detail message a
 * person can act on; {@code api.ProblemMapper} turns it into RFC 9457 problem+json.
 */
public abstract class TonelineException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    /**
     * @param status HTTP status
     * @param slug short problem type name, e.g. {@code text-too-large}
     * @param title short summary of the problem type
     * @param detail what happened and what to do about it
     */
    protected TonelineException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /**
     * @param status HTTP status
     * @param slug short problem type name
     * @param title short summary of the problem type
     * @param detail what happened (for the log when {@link #clientDetail()} is overridden)
     * @param cause the underlying error
     */
    protected TonelineException(int status, String slug, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** @return the detail a client sees; 5xx types override it so that internals stay in the log */
    public String clientDetail() {
        return getMessage();
    }

    /** @return HTTP status */
    public int status() {
        return status;
    }

    /** @return problem type slug */
    public String slug() {
        return slug;
    }

    /** @return problem title */
    public String title() {
        return title;
    }
}
