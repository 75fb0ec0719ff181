package io.toneline.analysis.timeline;

/**
 * An actor's tone in one paragraph.
 *
 * @param paragraph paragraph index
 * @param score tone score in [-1, 1]
 * @param label tone level of the score
 */
public record TrajectoryPoint(int paragraph, double score, ToneLabel label) {

    /**
     * @param paragraph paragraph index
     * @param score tone score in [-1, 1]
     * @return the point with its label
     */
    public static TrajectoryPoint of(int paragraph, double score) {
        return new TrajectoryPoint(paragraph, score, ToneLabel.of(score));
    }
}
