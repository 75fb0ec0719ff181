package io.toneline.errors;

/** The requested resource does not exist (404). */
public class NotFoundException extends TonelineException {
    /** @param detail what was not found */
    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
