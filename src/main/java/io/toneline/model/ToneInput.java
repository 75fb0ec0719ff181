package io.toneline.model;

import java.util.List;

/**
 * A text and the target mentions to score in it; all targets are scored in one encoder pass.
 *
 * @param text the text (a sentence or a whole paragraph; longer than the window is fine)
 * @param targets the mentions to score
 */
public record ToneInput(String text, List<TargetSpan> targets) {

    /** Validates every span against the text. */
    public ToneInput {
        targets = List.copyOf(targets);
        for (TargetSpan span : targets) {
            span.requireInside(text.length());
        }
    }
}
