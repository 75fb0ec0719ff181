package io.toneline.analysis.timeline;

/**
 * An actor's tone in one paragraph.
 *
 * @param paragraph paragraph index
 * @param score relations score in [-1, 1]
 * @param label the paragraph's level (from its level probabilities; see {@link ToneLabel#forParagraph})
 * @param confidence the largest of the paragraph's mean level probabilities
 * @param mentions mentions of the actor that carried the score
 * @param mixed true when the probabilities split between the two ends of the scale: the label is then
 *     the score's band and the shift detector gives the paragraph little weight
 */
public record TrajectoryPoint(int paragraph, double score, ToneLabel label, double confidence, int mentions,
        boolean mixed) {

    /**
     * @param paragraph paragraph index
     * @param score tone score in [-1, 1]
     * @return the point, labelled by the score alone (for series without probabilities)
     */
    public static TrajectoryPoint of(int paragraph, double score) {
        return new TrajectoryPoint(paragraph, score, ToneLabel.of(score), 1.0, 1, false);
    }
}
