package io.toneline.model;

/**
 * How a text treats one target mention, from both heads of the one forward pass.
 *
 * @param span the mention
 * @param relations P(hostile), P(critical), P(neutral), P(cooperative), P(conciliatory)
 * @param sentiment P(negative), P(neutral), P(positive)
 */
public record TargetTone(TargetSpan span, float[] relations, float[] sentiment) {

    /** @return the relations score: the expected level (-2 .. +2) halved, in [-1, 1] */
    public float score() {
        return relationsScore(relations);
    }

    /** @return the sentiment score P(positive) - P(negative), in [-1, 1] */
    public float sentimentScore() {
        return sentiment[2] - sentiment[0];
    }

    /** @return the most probable sentiment class */
    public Polarity polarity() {
        return Polarity.values()[argmax(sentiment)];
    }

    /**
     * @param p five level probabilities, hostile first
     * @return the expected level halved, in [-1, 1]
     */
    public static float relationsScore(float[] p) {
        float s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i] * (i - 2);
        }
        return s / 2;
    }

    /**
     * @param p probabilities
     * @return the index of the largest (the first on ties)
     */
    public static int argmax(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
