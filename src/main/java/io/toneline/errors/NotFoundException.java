package io.toneline.errors;

/** The requested resource does not exist (404). */
public class NotFoundException extends TonelineException {
    /** @param detail what was not found */
    public NotFoundException(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}
