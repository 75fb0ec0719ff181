package io.toneline.api;

import io.toneline.analysis.ParagraphTone;
import io.toneline.analysis.ToneLabel;

import java.util.List;

/**
 * Answer of {@code POST /v1/tone}, items and targets in the order sent.
 *
 * @param items one per request item
 * @param model the model that scored them
 */
public record ToneResponse(List<Item> items, io.toneline.analysis.Analysis.ModelRef model) {

    /** @param targets one per requested span */
    public record Item(List<Target> targets) {}

    /**
     * @param start the span's start
     * @param end the span's end
     * @param score P(positive) - P(negative)
     * @param label tone level of the score
     * @param probabilities class probabilities
     */
    public record Target(int start, int end, double score, ToneLabel label,
            ParagraphTone.Probabilities probabilities) {}
}
