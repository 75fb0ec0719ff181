package io.toneline.errors;

/** The text is longer than the configured limit (413). */
public class TooLargeException extends TonelineException {
    /** @param detail the size and the limit */
    public TooLargeException(String detail) {
        super(ProblemType.TOO_LARGE, detail);
    }
}
