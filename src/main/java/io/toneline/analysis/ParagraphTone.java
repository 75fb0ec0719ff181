package io.toneline.analysis;

import java.util.List;

/**
 * How one paragraph treats one actor: the mean over the actor's mentions in it.
 *
 * @param actor actor id
 * @param score P(positive) - P(negative) of the mean probabilities, -1 hostile ... +1 conciliatory
 * @param label tone level of the score
 * @param probabilities mean class probabilities
 * @param confidence the largest of the mean probabilities
 * @param mentions the mentions that carried the score, each with its own score
 */
public record ParagraphTone(
        String actor,
        double score,
        ToneLabel label,
        Probabilities probabilities,
        double confidence,
        List<ScoredMention> mentions) {

    /**
     * @param negative P(negative)
     * @param neutral P(neutral)
     * @param positive P(positive)
     */
    public record Probabilities(double negative, double neutral, double positive) {}

    /**
     * @param start first character (offset into the article text)
     * @param end one past the last character
     * @param text the mention as written
     * @param score this mention's own tone score
     */
    public record ScoredMention(int start, int end, String text, double score) {}
}
