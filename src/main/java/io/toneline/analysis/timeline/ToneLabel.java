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
     * least {@value #MIXED_SHARE} of the mass. Such a paragraph keeps its label but is flagged, and the
     * shift detector gives it little weight (its certainty is low).
     *
     * @param p probabilities of the five levels, hostile first
     * @return true for such a paragraph
     */
    public static boolean mixed(float[] p) {
        return Math.min(p[0] + p[1], p[3] + p[4]) >= MIXED_SHARE;
    }

    /** The share of probability mass on each end from which a paragraph counts as mixed. */
    public static final double MIXED_SHARE = 0.25;

    /**
     * The level reported for a paragraph: the most probable side and level ({@link #of(float[])}),
     * except where that side is opposite to the sign of the score (a "critical" at a positive expected
     * level, possible when the mass splits between the two ends): then the band of the score, so that a
     * label never contradicts the score's side. On the article dev set, replacing every mixed label by
     * its score band instead cost 0.03 of side agreement with the readers.
     *
     * @param p probabilities of the five levels, hostile first
     * @return the level
     */
    public static ToneLabel forParagraph(float[] p) {
        ToneLabel label = of(p);
        double score = (-2 * p[0] - p[1] + p[3] + 2 * p[4]) / 2.0;
        if (label.side() == Side.NEGATIVE && score > 0 || label.side() == Side.POSITIVE && score < 0) {
            return of(score);
        }
        return label;
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
