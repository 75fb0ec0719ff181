package io.toneline.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.toneline.analysis.actors.Mention;
import io.toneline.analysis.timeline.ToneLabel;

import java.util.List;

/**
 * How one paragraph treats one actor: the mean over the actor's mentions in it.
 *
 * @param actor actor id
 * @param score relations score of the mean level probabilities (expected level / 2): -1 hostile ... +1 conciliatory
 * @param label the level: the most probable side (summed level probabilities), then the more probable level in it
 * @param probabilities mean probabilities of the five levels
 * @param confidence the largest of the mean probabilities
 * @param mixed true when the probabilities split between the two ends of the scale (the label is then
 *     the score's band; see {@link io.toneline.analysis.timeline.ToneLabel#forParagraph})
 * @param sentiment sentiment of portrayal from the model's second head (mean over the mentions)
 * @param mentions the mentions that carried the score
 * @param derivedFrom for a state scored through the people who act for it in this paragraph (officials
 *     count for their state), their actor ids; null when the state's own mentions carried the score, each with its own score
 */
public record ParagraphTone(
        String actor,
        @Schema(description = "relations score: expected level / 2, -1 hostile .. +1 conciliatory") double score,
        @Schema(description = "relations level: hostile, critical, neutral, cooperative or conciliatory") ToneLabel label,
        ToneValues.Levels probabilities,
        double confidence,
        @Schema(description = "true when the probabilities split between the two ends of the scale") boolean mixed,
        @Schema(description = "sentiment of portrayal (negative, neutral, positive) from the model's second head")
        ToneValues.Sentiment sentiment,
        List<ScoredMention> mentions,
        @Schema(description = "for a state or organisation scored through its officials in this paragraph, their actor ids")
        List<String> derivedFrom) {

    /**
     * @param start first character (offset into the article text)
     * @param end one past the last character
     * @param text the mention as written
     * @param score this mention's own relations score
     * @param label this mention's level
     * @param resolved true for a reference that is not a name ("both sides", "he"), resolved to this actor
     * @param source for a resolved reference, the span of the mention it was resolved through; else null
     */
    public record ScoredMention(int start, int end, String text, double score, ToneLabel label,
            @Schema(description = "true for a reference that is not a name, resolved to this actor") boolean resolved,
            @Schema(description = "the span of the named mention a resolved reference points back to")
            Mention.Source source) {}
}
