package io.toneline.errors;

/** A target span that does not point at a non-empty piece of its text (422). */
public class InvalidSpanException extends TonelineException {

    /**
     * @param start the span's start
     * @param end the span's end (exclusive)
     * @param textLength length of the text it should point into
     */
    public InvalidSpanException(int start, int end, int textLength) {
        super(ProblemType.SPAN_OUTSIDE_TEXT, "target span [" + start + ", " + end + ") is not a non-empty range inside the text (length "
                + textLength + "); use character offsets with 0 <= start < end <= length");
    }
}
