package io.toneline.api;

import io.toneline.analysis.timeline.ToneLabel;

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
     * @param score relations score (expected level / 2), -1 hostile ... +1 conciliatory
     * @param label the most probable level (most probable side first)
     * @param probabilities probabilities of the five levels
     * @param sentiment sentiment of portrayal, from the second head of the same pass
     */
    public record Target(int start, int end, double score, ToneLabel label,
            io.toneline.analysis.ToneValues.Levels probabilities, io.toneline.analysis.ToneValues.Sentiment sentiment) {}
}
