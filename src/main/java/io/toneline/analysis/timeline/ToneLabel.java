package io.toneline.analysis.timeline;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Five tone levels over the score P(positive) - P(negative), in [-1, 1]:
 *
 * <pre>
 *   hostile       score &lt;= -0.6
 *   critical      -0.6 &lt; score &lt;= -0.2
 *   neutral       -0.2 &lt; score &lt;  0.2
 *   cooperative    0.2 &lt;= score &lt;  0.6
 *   conciliatory   0.6 &lt;= score
 * </pre>
 *
 * The cut points split the score range into five equal bands, with the middle band for text
 * whose tone the model finds neither clearly negative nor clearly positive.
 */
public enum ToneLabel {
    HOSTILE,
    CRITICAL,
    NEUTRAL,
    COOPERATIVE,
    CONCILIATORY;

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

    /** @return the lower-case name used in JSON */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
