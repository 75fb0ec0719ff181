package io.toneline.analysis.timeline;

/**
 * A run of consecutive paragraphs in which an actor's tone keeps one side.
 *
 * @param fromParagraph first paragraph
 * @param toParagraph last paragraph
 * @param paragraphs how many paragraphs of the actor's trajectory it holds
 * @param level the typical level (from the evidence-weighted mean probabilities)
 * @param side the side of that level
 * @param score evidence-weighted mean score
 */
public record Stretch(int fromParagraph, int toParagraph, int paragraphs, ToneLabel level, Side side, double score) {

    /** @return e.g. "hostile p1–p3", or "cooperative p5" for a single paragraph */
    public String describe() {
        return level.json() + " p" + fromParagraph + (toParagraph == fromParagraph ? "" : "–p" + toParagraph);
    }
}
