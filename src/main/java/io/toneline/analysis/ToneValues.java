package io.toneline.analysis;

import static io.toneline.model.Figures.round;

import com.fasterxml.jackson.annotation.JsonValue;
import io.toneline.model.Polarity;
import io.toneline.model.TargetTone;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of a tone, shared by paragraph tones, mention scores and {@code POST /v1/tone}: the
 * relations level probabilities, and the sentiment that the second head gives in the same pass.
 */
public final class ToneValues {

    private ToneValues() {
    }

    /**
     * Probabilities of the five relations levels.
     *
     * @param hostile P(hostile)
     * @param critical P(critical)
     * @param neutral P(neutral)
     * @param cooperative P(cooperative)
     * @param conciliatory P(conciliatory)
     */
    @Schema(description = "probabilities of the five relations levels")
    public record Levels(double hostile, double critical, double neutral, double cooperative, double conciliatory) {

        /**
         * @param p five probabilities, hostile first
         * @return them, rounded to 4 decimals
         */
        public static Levels of(float[] p) {
            return new Levels(round(p[0]), round(p[1]), round(p[2]), round(p[3]), round(p[4]));
        }
    }

    /**
     * The sentiment of portrayal (NewsMTSC's scale), from the model's second head.
     *
     * @param score P(positive) - P(negative)
     * @param label the most probable class
     * @param probabilities the three class probabilities
     */
    @Schema(description = "sentiment of portrayal (NewsMTSC's scale) from the second head: score = P(positive) - P(negative)")
    public record Sentiment(double score, SentimentLabel label, SentimentProbabilities probabilities) {

        /**
         * @param p P(negative), P(neutral), P(positive)
         * @return the sentiment, rounded to 4 decimals
         */
        public static Sentiment of(float[] p) {
            return new Sentiment(round(p[2] - p[0]),
                    SentimentLabel.of(Polarity.values()[TargetTone.argmax(p)]),
                    new SentimentProbabilities(round(p[0]), round(p[1]), round(p[2])));
        }
    }

    /**
     * @param negative P(negative)
     * @param neutral P(neutral)
     * @param positive P(positive)
     */
    public record SentimentProbabilities(double negative, double neutral, double positive) {}

    /** Sentiment classes as written in JSON. */
    public enum SentimentLabel {
        NEGATIVE, NEUTRAL, POSITIVE;

        static SentimentLabel of(Polarity p) {
            return values()[p.ordinal()];
        }

        /** @return the lower-case name used in JSON */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
