package io.toneline.model.windows;

import io.toneline.model.TargetSpan;
import io.toneline.model.ToneInput;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns texts with target spans into model windows: WordPiece tokenisation, mapping of character
 * spans to tokens, and window planning for texts longer than the model accepts.
 */
public final class Featurizer {

    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;
    private final long clsId;
    private final long sepId;

    /**
     * @param tokenizer a tokenizer configured without special tokens, truncation or padding
     * @param maxTokens the most tokens one window may hold, [CLS] and [SEP] included
     * @param clsId id of [CLS]
     * @param sepId id of [SEP]
     */
    public Featurizer(HuggingFaceTokenizer tokenizer, int maxTokens, long clsId, long sepId) {
        if (maxTokens < 3) {
            throw new IllegalArgumentException("maxTokens must be at least 3");
        }
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
        this.clsId = clsId;
        this.sepId = sepId;
    }

    /** @return the most tokens one window holds, special tokens included */
    public int maxTokens() {
        return maxTokens;
    }

    /**
     * @param inputIndex index of the input, copied into each window
     * @param input a text and its targets
     * @return the windows that together hold every target exactly once
     */
    public List<Window> windows(int inputIndex, ToneInput input) {
        if (input.targets().isEmpty()) {
            return List.of();
        }
        Encoding enc = tokenizer.encode(input.text(), false, false);
        long[] ids = enc.getIds();
        CharSpan[] spans = enc.getCharTokenSpans();
        List<int[]> mentions = new ArrayList<>(input.targets().size());
        boolean bmpOnly = input.text().codePointCount(0, input.text().length()) == input.text().length();
        for (TargetSpan target : input.targets()) {
            mentions.add(tokenRange(spans, bmpOnly ? target : toCodePoints(input.text(), target)));
        }
        List<Window> out = new ArrayList<>();
        for (WindowPlanner.Planned p : WindowPlanner.plan(ids.length, mentions, maxTokens - 2)) {
            long[] windowIds = new long[p.to() - p.from() + 2];
            windowIds[0] = clsId;
            System.arraycopy(ids, p.from(), windowIds, 1, p.to() - p.from());
            windowIds[windowIds.length - 1] = sepId;
            int[][] tokens = new int[p.mentions().size()][];
            int[] targets = new int[p.mentions().size()];
            for (int j = 0; j < targets.length; j++) {
                int m = p.mentions().get(j);
                int[] r = mentions.get(m);
                // +1 for [CLS]; clip to the window for mentions longer than it
                int s = Math.max(r[0], p.from()) - p.from() + 1;
                int e = Math.min(r[1], p.to()) - p.from() + 1;
                tokens[j] = new int[] {s, Math.max(e, s)};
                targets[j] = m;
            }
            out.add(new Window(inputIndex, windowIds, tokens, targets));
        }
        return out;
    }

    /**
     * The tokenizer reports offsets in code points; Java strings index UTF-16 units. They differ
     * only after characters outside the Basic Multilingual Plane (emoji, some scripts).
     */
    static TargetSpan toCodePoints(String text, TargetSpan span) {
        int start = text.codePointCount(0, span.start());
        int end = start + text.codePointCount(span.start(), span.end());
        return start == span.start() && end == span.end() ? span : new TargetSpan(start, end);
    }

    /**
     * Tokens that overlap the span; a span that covers no token (only spaces, say) takes the
     * nearest token after it, or the last token.
     */
    static int[] tokenRange(CharSpan[] spans, TargetSpan target) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].getStart() < target.end() && spans[i].getEnd() > target.start()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first >= 0) {
            return new int[] {first, last + 1};
        }
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].getStart() >= target.start()) {
                return new int[] {i, i + 1};
            }
        }
        return spans.length == 0 ? new int[] {0, 0} : new int[] {spans.length - 1, spans.length};
    }
}
