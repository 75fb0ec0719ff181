package io.toneline.analysis.timeline;

import java.util.List;

/**
 * A turn of an actor's tone: the side of one stretch of its trajectory gives way to another side in the
 * next stretch (neutral stretches in between are passed over).
 *
 * @param fromParagraph last paragraph of the earlier stretch
 * @param toParagraph first paragraph of the later stretch
 * @param from typical level of the earlier stretch
 * @param to typical level of the later stretch
 * @param delta later mean score minus earlier mean score
 * @param before the earlier stretch
 * @param after the later stretch
 * @param confidence how clearly the evidence separates the two stretches, in (0, 1)
 * @param major whether it is one of the turns the article is about (confidence at or above the
 *     detector's threshold)
 * @param evidence the paragraphs on both sides of the turn, with the mentions that carry it
 */
public record Shift(int fromParagraph, int toParagraph, ToneLabel from, ToneLabel to, double delta, Stretch before,
        Stretch after, double confidence, boolean major, List<Evidence> evidence) {

    /**
     * @param paragraph a paragraph that carries the turn
     * @param mentions the actor's mentions in it
     */
    public record Evidence(int paragraph, List<Mention> mentions) {}

    /**
     * @param start first character (offset into the article text)
     * @param end one past the last character
     * @param text the mention as written
     */
    public record Mention(int start, int end, String text) {}

    /**
     * @param filled evidence with mentions
     * @return the same shift with that evidence
     */
    public Shift withEvidence(List<Evidence> filled) {
        return new Shift(fromParagraph, toParagraph, from, to, delta, before, after, confidence, major, filled);
    }
}
