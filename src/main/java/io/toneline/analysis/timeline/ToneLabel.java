package io.toneline.analysis.timeline;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The five relations levels, hostile (-2) to conciliatory (+2).
 *
 * <p>From the model's level probabilities ({@link #of(float[])}): the most probable side first
 * (hostile+critical, neutral, or cooperative+conciliatory, their probabilities summed), then the more
 * probable level within that side. Deciding the side on summed probabilities is what the 3-way dev
 * figures reward: on the relations dev set it beat rounding the expected level by about 0.07
 * macro-F1, because the expected level of an uncertain target drifts toward neutral.
 *
 * <p>From a score alone ({@link #of(double)}: series of paragraph scores, regimes of shifts), five
 * equal bands of the score range [-1, 1]:
 *
 * <pre>
 *   hostile       score &lt;= -0.6
 *   critical      -0.6 &lt; score &lt;= -0.2
 *   neutral       -0.2 &lt; score &lt;  0.2
 *   cooperative    0.2 &lt;= score &lt;  0.6
 *   conciliatory   0.6 &lt;= score
 * </pre>
 */
public enum ToneLabel {
    HOSTILE,
    CRITICAL,
    NEUTRAL,
    COOPERATIVE,
    CONCILIATORY;

    /**
     * @param p probabilities of the five levels, hostile first
     * @return the level: the most probable side, then the more probable level within it
     */
    public static ToneLabel of(float[] p) {
        float negative = p[0] + p[1];
        float positive = p[3] + p[4];
        if (p[2] >= negative && p[2] >= positive) {
            return NEUTRAL;
        }
        if (negative > positive) {
            return p[0] > p[1] ? HOSTILE : CRITICAL;
        }
        return p[4] > p[3] ? CONCILIATORY : COOPERATIVE;
    }

    /**
     * Whether a paragraph's probabilities split between the two ends of the scale: both sides hold at
     * least {@value #MIXED_SHARE} of the mass, or the most probable side is opposite to the sign of the
     * expected level (a "critical" at a positive score).
     *
     * @param p probabilities of the five levels, hostile first
     * @return true for such a paragraph
     */
    public static boolean mixed(float[] p) {
        float negative = p[0] + p[1];
        float positive = p[3] + p[4];
        if (Math.min(negative, positive) >= MIXED_SHARE) {
            return true;
        }
        double score = (-2 * p[0] - p[1] + p[3] + 2 * p[4]) / 2.0;
        Side side = of(p).side();
        return side == Side.NEGATIVE && score > 0 || side == Side.POSITIVE && score < 0;
    }

    /** The share of probability mass on each end from which a paragraph counts as mixed. */
    public static final double MIXED_SHARE = 0.25;

    /**
     * The level reported for a paragraph: the most probable side and level ({@link #of(float[])}),
     * except for a {@link #mixed} paragraph, which gets the band of its score, so that a label never
     * contradicts the score's side.
     *
     * @param p probabilities of the five levels, hostile first
     * @return the level
     */
    public static ToneLabel forParagraph(float[] p) {
        if (!mixed(p)) {
            return of(p);
        }
        return of((-2 * p[0] - p[1] + p[3] + 2 * p[4]) / 2.0);
    }

    /**
     * @param score a tone score in [-1, 1]
     * @return its level
     */
    public static ToneLabel of(double score) {
        if (score <= -0.6) {
            return HOSTILE;
        }
        if (score <= -0.2) {
            return CRITICAL;
        }
        if (score < 0.2) {
            return NEUTRAL;
        }
        return score < 0.6 ? COOPERATIVE : CONCILIATORY;
    }

    /** @return the side this level is on */
    public Side side() {
        return switch (this) {
            case HOSTILE, CRITICAL -> Side.NEGATIVE;
            case NEUTRAL -> Side.NEUTRAL;
            case COOPERATIVE, CONCILIATORY -> Side.POSITIVE;
        };
    }

    /** @return the lower-case name used in JSON */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
