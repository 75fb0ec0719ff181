package io.toneline.analysis.actors;

/**
 * One place where an actor is named, or referred to, in a text.
 *
 * @param start offset of the first character of the mention
 * @param end offset one past the last character (exclusive)
 * @param text the mention exactly as it appears in the text
 * @param source for a reference that is not a name ("both sides", "he"), the mention it was resolved
 *        through; null for names
 */
public record Mention(int start, int end, String text, Source source) {

    /**
     * Where a resolved reference got its actor from.
     *
     * @param start first character of the antecedent mention
     * @param end one past its last character
     */
    public record Source(int start, int end) {}

    /** Validates the offsets. */
    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention [" + start + "," + end + ")");
        }
    }

    /**
     * A name found in the text.
     *
     * @param start first character
     * @param end one past the last
     * @param text the name as written
     */
    public Mention(int start, int end, String text) {
        this(start, end, text, null);
    }

    /** @return true for a reference resolved through another mention */
    public boolean resolved() {
        return source != null;
    }
}
