package io.toneline.model;

import io.toneline.errors.InvalidSpanException;
/**
 * A target mention inside a text: character offsets into the text, end exclusive.
 *
 * @param start first character of the mention
 * @param end one past the last character of the mention
 */
public record TargetSpan(int start, int end) {

    /**
     * Checks that this span lies inside a text of the given length and is not empty.
     *
     * @param textLength length of the text the span points into
     * @throws InvalidSpanException when the span is empty or outside the text
     */
    public void requireInside(int textLength) {
        if (start < 0 || end > textLength || start >= end) {
            throw new InvalidSpanException(start, end, textLength);
        }
    }
}
