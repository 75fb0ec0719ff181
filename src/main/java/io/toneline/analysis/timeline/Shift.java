package io.toneline.analysis.timeline;

/**
 * A lasting change of an actor's tone between two regimes of the article.
 *
 * @param fromParagraph last paragraph of the earlier regime
 * @param toParagraph first paragraph of the later regime
 * @param from tone level of the earlier regime (from its mean score)
 * @param to tone level of the later regime
 * @param delta later mean score minus earlier mean score
 */
public record Shift(int fromParagraph, int toParagraph, ToneLabel from, ToneLabel to, double delta) {}
