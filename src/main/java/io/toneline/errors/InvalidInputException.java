package io.toneline.errors;

/** The request cannot be read as sent (400): empty text, missing body, malformed field. */
public class InvalidInputException extends TonelineException {
    /** @param detail what is wrong and how to fix it */
    public InvalidInputException(String detail) {
        super(ProblemType.INVALID_INPUT, detail);
    }
}
