package io.toneline.analysis;

import io.toneline.analysis.timeline.ToneLabel;

import java.util.List;

/**
 * How one paragraph treats one actor: the mean over the actor's mentions in it.
 *
 * @param actor actor id
 * @param score relations score of the mean level probabilities (expected level / 2): -1 hostile ... +1 conciliatory
 * @param label tone level of the score
 * @param probabilities mean probabilities of the five levels
 * @param confidence the largest of the mean probabilities
 * @param sentiment sentiment of portrayal from the model's second head (mean over the mentions)
 * @param mentions the mentions that carried the score, each with its own score
 */
public record ParagraphTone(
        String actor,
        double score,
        ToneLabel label,
        ToneValues.Levels probabilities,
        double confidence,
        ToneValues.Sentiment sentiment,
        List<ScoredMention> mentions) {

    /**
     * @param start first character (offset into the article text)
     * @param end one past the last character
     * @param text the mention as written
     * @param score this mention's own relations score
     * @param label tone level of that score
     */
    public record ScoredMention(int start, int end, String text, double score, ToneLabel label) {}
}
