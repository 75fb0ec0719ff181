package io.toneline.analysis.timeline;

/**
 * One paragraph of an actor's series as the shift detector reads it: the paragraph's mean level
 * probabilities toward the actor and how many mentions carried them.
 *
 * @param paragraph paragraph index
 * @param levels mean probabilities of the five levels, hostile first
 * @param mentions mentions of the actor in the paragraph (at least 1)
 */
public record SeriesPoint(int paragraph, float[] levels, int mentions) {

    /** @return probabilities of the three sides: negative, neutral, positive */
    public double[] sides() {
        return new double[] {levels[0] + levels[1], levels[2], levels[3] + levels[4]};
    }

    /** @return the relations score, expected level / 2, in [-1, 1] */
    public double score() {
        return (-2 * levels[0] - levels[1] + levels[3] + 2 * levels[4]) / 2.0;
    }

    /**
     * How much this paragraph counts: more mentions count more (with diminishing returns, since a
     * paragraph that names an actor five times says one thing), and an uncertain side counts less.
     *
     * @return a weight in (0, ~3]
     */
    public double weight() {
        double[] s = sides();
        double certainty = Math.max(s[0], Math.max(s[1], s[2]));
        return Math.sqrt(Math.max(1, mentions)) * certainty;
    }

    /**
     * @param paragraph paragraph index
     * @param score a score in [-1, 1]
     * @return a point whose probabilities put all mass on the nearest level (for tests and series without probabilities)
     */
    public static SeriesPoint of(int paragraph, double score) {
        float[] levels = new float[5];
        levels[ToneLabel.of(score).ordinal()] = 1f;
        return new SeriesPoint(paragraph, levels, 1);
    }
}
