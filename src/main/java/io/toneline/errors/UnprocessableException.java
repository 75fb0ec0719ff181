package io.toneline.errors;

/** Well-formed but unusable (422): a span outside its text, too many actors or targets. */
public class UnprocessableException extends TonelineException {
    /** @param detail what cannot be processed */
    public UnprocessableException(String detail) {
        super(ProblemType.UNPROCESSABLE, detail);
    }
}
