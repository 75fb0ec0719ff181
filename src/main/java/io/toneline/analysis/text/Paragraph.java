package io.toneline.analysis.text;

/**
 * One paragraph of a text, located by character offsets into the original (un-normalised) text.
 *
 * @param index 0-based position of the paragraph in the text
 * @param start offset of the first non-whitespace character
 * @param end offset one past the last non-whitespace character (exclusive)
 * @param kind what role the paragraph plays
 * @param reason for a paragraph that is not body, the rule that decided its kind; else null
 */
public record Paragraph(int index, int start, int end, ParagraphKind kind, String reason) {

    /** A paragraph whose kind needs no reason (body text, or kinds from HTML structure). */
    public Paragraph(int index, int start, int end, ParagraphKind kind) {
        this(index, start, end, kind, null);
    }

    /** Validates the offsets. */
    public Paragraph {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph " + index + " [" + start + "," + end + ")");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
    }

    /**
     * Returns this paragraph's text.
     *
     * @param source the text this paragraph was split from
     * @return {@code source.substring(start, end)}
     */
    public String text(String source) {
        return source.substring(start, end);
    }
}
