package io.toneline.analysis.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text that a page shows twice or cuts short. Some pages repeat a run of the article's paragraphs further
 * down (a "read more" pane, a print view); a photo caption is repeated alone, right beside itself. A run
 * of two or more consecutive paragraphs that reappears in the same order further down is a block: its
 * later copy is not the article's text, and its first copy is not a caption. Pure and thread-safe; linear
 * in the paragraphs but for paragraphs that really repeat (a pasted text may hold 100,000 short ones).
 */
final class RepeatedBlocks {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+\\p{Lu}");

    private RepeatedBlocks() {}

    /**
     * @param paragraphs the article's paragraphs, whitespace collapsed
     * @return for each paragraph, whether it is a later copy inside a repeated block
     */
    static boolean[] laterCopies(List<String> paragraphs) {
        int n = paragraphs.size();
        boolean[] copy = new boolean[n];
        // a run of two or more at one offset is made of repeated neighbour pairs: the first time each pair
        // ends is enough, the earliest copy being the farthest back
        Map<List<String>, Integer> firstEnd = new HashMap<>();
        for (int k = 1; k < n; k++) {
            if (paragraphs.get(k - 1).isEmpty() || paragraphs.get(k).isEmpty()) {
                continue;
            }
            List<String> pair = List.of(paragraphs.get(k - 1), paragraphs.get(k));
            Integer first = firstEnd.putIfAbsent(pair, k);
            if (first != null && k - first >= 2) {
                copy[k - 1] = true;
                copy[k] = true;
            }
        }
        return copy;
    }

    /**
     * @param copies the result of {@link #laterCopies}
     * @param paragraphs the article's paragraphs, whitespace collapsed
     * @return for each paragraph that is no later copy itself, whether a later copy of it is part of a
     *     repeated block
     */
    static boolean[] firstCopies(boolean[] copies, List<String> paragraphs) {
        Map<String, Integer> lastCopy = new HashMap<>();
        for (int j = 0; j < copies.length; j++) {
            if (copies[j]) {
                lastCopy.put(paragraphs.get(j), j);
            }
        }
        boolean[] out = new boolean[copies.length];
        for (int i = 0; i < copies.length; i++) {
            Integer last = lastCopy.get(paragraphs.get(i));
            out[i] = !copies[i] && last != null && last > i;
        }
        return out;
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
        int lastSpace = t.lastIndexOf(' ');
        if (t.length() < 120 || lastSpace < 0 || !Character.isLetter(t.charAt(t.length() - 1)) || !t.substring(lastSpace + 1).chars().allMatch(Character::isLetter)) {
            return false;
        }
        java.util.regex.Matcher m = SENTENCE_END.matcher(t);
        return m.find() && m.end() <= lastSpace;
    }
}
