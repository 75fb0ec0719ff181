package io.toneline.evaluation;

import io.toneline.model.Polarity;

/** A 3x3 confusion matrix over {@link Polarity} with the usual summary figures. */
public final class Confusion {

    private final long[][] counts = new long[3][3];

    /**
     * @param gold the annotated class
     * @param predicted the model's class
     */
    public void add(Polarity gold, Polarity predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
    }

    /** @return number of counted targets */
    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    /** @return share of targets whose class was predicted right */
    public double accuracy() {
        long right = 0;
        for (int i = 0; i < 3; i++) {
            right += counts[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    /**
     * @param c a class
     * @return F1 of that class (0 when it was neither annotated nor predicted)
     */
    public double f1(Polarity c) {
        int i = c.ordinal();
        long tp = counts[i][i];
        long gold = 0;
        long predicted = 0;
        for (int j = 0; j < 3; j++) {
            gold += counts[i][j];
            predicted += counts[j][i];
        }
        return gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
    }

    /** @return unweighted mean of the three per-class F1 scores */
    public double macroF1() {
        double sum = 0;
        for (Polarity c : Polarity.values()) {
            sum += f1(c);
        }
        return sum / 3;
    }
}
