package io.toneline.model;

/** The three classes the tone model predicts, in the order of its output logits. */
public enum Polarity {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /**
     * @param value NewsMTSC polarity: -1, 0 or 1
     * @return the matching class
     */
    public static Polarity fromNewsMtsc(int value) {
        return switch (value) {
            case -1 -> NEGATIVE;
            case 0 -> NEUTRAL;
            case 1 -> POSITIVE;
            default -> throw new IllegalArgumentException("polarity must be -1, 0 or 1, got " + value);
        };
    }
}
