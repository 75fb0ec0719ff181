package io.toneline.analysis.timeline;

/**
 * An actor's tone in one paragraph.
 *
 * @param paragraph paragraph index
 * @param score relations score in [-1, 1]
 * @param label the paragraph's level (from its level probabilities)
 */
public record TrajectoryPoint(int paragraph, double score, ToneLabel label) {

    /**
     * @param paragraph paragraph index
     * @param score tone score in [-1, 1]
     * @return the point, labelled by the score alone (for series without probabilities)
     */
    public static TrajectoryPoint of(int paragraph, double score) {
        return new TrajectoryPoint(paragraph, score, ToneLabel.of(score));
    }
}
