package io.toneline.analysis.actors;

import io.toneline.analysis.text.Chars;


import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokenisation shared by the person and organisation detectors. */
final class Tokens {

    /**
     * A word. {@code end} excludes a possessive "'s", which sets {@code possessive}; {@code sepBefore} is the
     * text between the previous token (including its "'s") and this one.
     */
    record Token(int start, int end, String text, boolean possessive, String sepBefore) {

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** The token follows the previous one with plain spacing: no punctuation, no blank line. */
        boolean joined() {
            return isPlainGap(sepBefore);
        }

        /** Like {@link #joined()} but also allows the period of an abbreviation before the gap ("Mr. Smith"). */
        boolean joinedAfterDot() {
            return isPlainGap(sepBefore) || (sepBefore.startsWith(".") && isPlainGap(sepBefore.substring(1)));
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\\-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");

    private Tokens() {
    }

    /** Tokenises a match view (curly apostrophes already straightened). */
    static List<Token> of(String view) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(view);
        int prevEnd = 0;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean possessive = false;
            if (e - s > 2 && view.charAt(e - 2) == '\'' && (view.charAt(e - 1) == 's' || view.charAt(e - 1) == 'S')) {
                e -= 2;
                possessive = true;
            }
            out.add(new Token(s, e, view.substring(s, e), possessive, view.substring(prevEnd, s)));
            prevEnd = m.end();
        }
        return out;
    }

    /** Whitespace only, at least one character, at most one line break. */
    static boolean isPlainGap(String sep) {
        if (sep.isEmpty()) {
            return false;
        }
        int breaks = 0;
        for (int i = 0; i < sep.length(); i++) {
            char c = sep.charAt(i);
            if (!Chars.isSpace(c)) {
                return false;
            }
            if (c == '\n' || c == '\r') {
                breaks++;
            }
        }
        return breaks <= 1 || sep.equals("\r\n");
    }

    /**
     * A copy of the text with the same length, for matching: curly quotes straightened and no-break spaces made
     * plain, so that offsets into the view are offsets into the original.
     */
    static String view(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2019', '\u2018', '\u02BC' -> c[i] = '\'';
                case '\u201C', '\u201D' -> c[i] = '"';
                case '\u00A0', '\u2007', '\u202F' -> c[i] = ' ';
                case '\u2010', '\u2011' -> c[i] = '-';
                default -> { }
            }
        }
        return new String(c);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
