package io.toneline.model;

/**
 * How a text treats one target mention.
 *
 * @param span the mention
 * @param negative P(negative)
 * @param neutral P(neutral)
 * @param positive P(positive)
 */
public record TargetTone(TargetSpan span, float negative, float neutral, float positive) {

    /** @return P(positive) - P(negative), in [-1, 1] */
    public float score() {
        return positive - negative;
    }

    /** @return the most probable of the three classes */
    public Polarity polarity() {
        if (negative >= neutral && negative >= positive) {
            return Polarity.NEGATIVE;
        }
        return positive > neutral ? Polarity.POSITIVE : Polarity.NEUTRAL;
    }

    /** @return the probability of the most probable class */
    public float confidence() {
        return Math.max(negative, Math.max(neutral, positive));
    }
}
