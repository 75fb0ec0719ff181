package io.toneline.evaluation;

import io.toneline.model.ToneInput;

/**
 * A text with all its annotated targets: one encoder pass scores them together. A target may carry
 * a sentiment label (NewsMTSC), a relations label (Toneline's own annotations), or both.
 *
 * @param input the text and its target spans
 * @param sentiment per target, the sentiment class (0 negative, 1 neutral, 2 positive) or -1 when not annotated
 * @param relations per target, the relations level (0 hostile ... 4 conciliatory) or -1 when not annotated
 */
public record LabelledText(ToneInput input, int[] sentiment, int[] relations) {

    /** Marks a target that has no label of one kind. */
    public static final int NONE = -1;
}
