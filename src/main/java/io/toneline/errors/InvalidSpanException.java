package io.toneline.errors;

/** A target span that does not point at a non-empty piece of its text (422). */
public class InvalidSpanException extends TonelineException {

    private final int start;
    private final int end;
    private final int textLength;

    /**
     * @param start the span's start
     * @param end the span's end (exclusive)
     * @param textLength length of the text it should point into
     */
    public InvalidSpanException(int start, int end, int textLength) {
        super(ProblemType.SPAN_OUTSIDE_TEXT, "target span [" + start + ", " + end + ") is not a non-empty range inside the text (length "
                + textLength + "); use character offsets with 0 <= start < end <= length");
        this.start = start;
        this.end = end;
        this.textLength = textLength;
    }

    /** @return the span's start */
    public int start() {
        return start;
    }

    /** @return the span's end (exclusive) */
    public int end() {
        return end;
    }

    /** @return the length of the text */
    public int textLength() {
        return textLength;
    }
}
