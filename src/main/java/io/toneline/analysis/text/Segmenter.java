package io.toneline.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into paragraphs and labels each one.
 *
 * <p>Splitting rules:
 * <ol>
 *   <li>Lines end at {@code \n}, {@code \r\n} or {@code \r}; offsets always index the original string.</li>
 *   <li>Blank lines (only whitespace) separate blocks.</li>
 *   <li>A block of several lines is split at every line break when most of its long lines (at least 60%
 *       of the block's longest line) end with sentence punctuation: that is one paragraph per line.</li>
 *   <li>A block whose lines are all short (under 40 characters) is split at every line break too:
 *       such stacks are title / byline / date lines, never wrapped prose.</li>
 *   <li>Otherwise the block is hard-wrapped prose and stays one paragraph, except that short leading lines
 *       without final punctuation (a title or byline sitting directly above the prose) are split off.</li>
 * </ol>
 * Paragraph offsets are trimmed of surrounding whitespace. Kinds are assigned by
 * {@link ParagraphClassifier}, whose Javadoc documents the heuristics.
 */
public final class Segmenter {

    /** Lines shorter than this are "short" in every block. */
    private static final int SHORT_LINE = 40;
    /** A line counts as long when it reaches this fraction of the block's longest line. */
    private static final double LONG_FRACTION = 0.6;

    private Segmenter() {
    }

    /**
     * Splits a text into labelled paragraphs.
     *
     * @param text the article text; {@code null}, empty or whitespace-only gives an empty list
     * @return paragraphs in text order, indexed from 0
     */
    public static List<Paragraph> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        for (List<int[]> block : blocks(text, lines(text))) {
            spans.addAll(splitBlock(text, block));
        }
        List<int[]> trimmed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int[] span : spans) {
            int s = span[0];
            int e = span[1];
            while (s < e && Chars.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                trimmed.add(new int[] {s, e});
                texts.add(text.substring(s, e));
            }
        }
        List<Verdict> kinds = ParagraphClassifier.classify(texts);
        List<Paragraph> out = new ArrayList<>(trimmed.size());
        for (int i = 0; i < trimmed.size(); i++) {
            out.add(new Paragraph(i, trimmed.get(i)[0], trimmed.get(i)[1], kinds.get(i).kind(), kinds.get(i).reason()));
        }
        return List.copyOf(out);
    }

    /** Line spans [start, end) without their terminators. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                // \r\n is one terminator, so skip the \n
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(new int[] {start, n});
        return lines;
    }

    /** Groups non-blank lines into blocks separated by blank lines. */
    private static List<List<int[]>> blocks(String text, List<int[]> lines) {
        List<List<int[]>> blocks = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        for (int[] line : lines) {
            if (trimmedLength(text, line) == 0) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static List<int[]> splitBlock(String text, List<int[]> block) {
        int n = block.size();
        if (n == 1) {
            return block;
        }
        int longest = 0;
        for (int[] line : block) {
            longest = Math.max(longest, trimmedLength(text, line));
        }
        if (longest < SHORT_LINE) {
            return block;
        }
        int longLines = 0;
        int longEnded = 0;
        for (int[] line : block) {
            if (trimmedLength(text, line) >= LONG_FRACTION * longest) {
                longLines++;
                if (endsSentence(text, line)) {
                    longEnded++;
                }
            }
        }
        if (longEnded * 2 > longLines) {
            return block; // one paragraph per line
        }
        List<int[]> out = new ArrayList<>();
        int first = 0;
        while (first < n - 1 && trimmedLength(text, block.get(first)) < LONG_FRACTION * longest
                && !endsSentence(text, block.get(first))) {
            out.add(block.get(first));
            first++;
        }
        out.add(new int[] {block.get(first)[0], block.get(n - 1)[1]});
        return out;
    }

    private static int trimmedLength(String text, int[] line) {
        int s = line[0];
        int e = line[1];
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e - s;
    }

    private static boolean endsSentence(String text, int[] line) {
        int e = line[1];
        while (e > line[0] && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e > line[0] && ".!?:;\"”’'…".indexOf(text.charAt(e - 1)) >= 0;
    }
}
