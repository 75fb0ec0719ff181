package io.toneline.model;

/** The precision of every tone figure in answers (scores, probabilities, shares): four decimals. */
public final class Figures {

    private Figures() {}

    /**
     * @param v a value
     * @return it rounded half up to four decimals
     */
    public static double round(double v) {
        return Math.round(v * 10_000.0) / 10_000.0;
    }
}
