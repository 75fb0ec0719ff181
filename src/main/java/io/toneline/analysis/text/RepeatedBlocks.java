package io.toneline.analysis.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that a page shows twice or cuts short. Some pages repeat a run of the article's paragraphs further
 * down (a "read more" pane, a print view); a photo caption is repeated alone, right beside itself. A run
 * of two or more consecutive paragraphs that reappears in the same order further down is a block: its
 * later copy is not the article's text, and its first copy is not a caption. Pure and thread-safe.
 */
final class RepeatedBlocks {

    /** Two or more sentences, the last one stopping in the middle of a word or phrase. */
    private static final Pattern CUT_OFF = Pattern.compile("[.!?][\"”’]?\\s+\\p{Lu}.*\\s\\p{L}+$");

    private RepeatedBlocks() {}

    /**
     * @param paragraphs the article's paragraphs, whitespace collapsed
     * @return for each paragraph, whether it is a later copy inside a repeated block
     */
    static boolean[] laterCopies(List<String> paragraphs) {
        int n = paragraphs.size();
        boolean[] copy = new boolean[n];
        for (int offset = 2; offset < n; offset++) {
            int run = 0;
            for (int j = offset; j <= n; j++) {
                boolean same = j < n && !paragraphs.get(j).isEmpty()
                        && paragraphs.get(j).equals(paragraphs.get(j - offset));
                if (same) {
                    run++;
                    continue;
                }
                if (run >= 2) {
                    for (int k = j - run; k < j; k++) {
                        copy[k] = true;
                    }
                }
                run = 0;
            }
        }
        return copy;
    }

    /**
     * @param copies the result of {@link #laterCopies}
     * @param paragraphs the article's paragraphs, whitespace collapsed
     * @param at a paragraph that is not itself a later copy
     * @return true when a later copy of paragraph {@code at} is part of a repeated block
     */
    static boolean hasLaterCopy(boolean[] copies, List<String> paragraphs, int at) {
        for (int j = at + 1; j < paragraphs.size(); j++) {
            if (copies[j] && paragraphs.get(j).equals(paragraphs.get(at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A summary or teaser that the page cuts off ("... is to be followed by a more su") before the
     * article itself begins; a stored or pasted copy that ends early is cut in its last paragraph, which
     * the caller leaves out.
     *
     * @param t a paragraph, whitespace collapsed
     * @return true when it has two or more sentences and the last one stops without punctuation
     */
    static boolean cutOff(String t) {
        return t.length() >= 120 && Character.isLetter(t.charAt(t.length() - 1)) && CUT_OFF.matcher(t).find();
    }
}
