package io.toneline.analysis.text;

/** Character helpers shared by segmentation, HTML conversion and actor detection. */
public final class Chars {

    private Chars() {
    }

    /**
     * @param c a character
     * @return whether it is whitespace, including the no-break spaces that HTML conversions leave behind
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
