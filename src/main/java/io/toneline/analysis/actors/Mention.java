package io.toneline.analysis.actors;

/**
 * One place where an actor is named in a text.
 *
 * @param start offset of the first character of the mention
 * @param end offset one past the last character (exclusive)
 * @param text the mention exactly as it appears in the text
 */
public record Mention(int start, int end, String text) {

    /** Validates the offsets. */
    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention [" + start + "," + end + ")");
        }
    }
}
