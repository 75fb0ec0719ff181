package io.toneline.evaluation;

/** A confusion matrix over N classes with the usual summary figures. */
public final class Confusion {

    private final long[][] counts;

    /** @param classes number of classes */
    public Confusion(int classes) {
        counts = new long[classes][classes];
    }

    /** @return a matrix for the three sentiment classes */
    public static Confusion sentiment() {
        return new Confusion(3);
    }

    /**
     * @param gold the annotated class
     * @param predicted the model's class
     */
    public void add(int gold, int predicted) {
        counts[gold][predicted]++;
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
        for (int i = 0; i < counts.length; i++) {
            right += counts[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    /** @return share of targets predicted at most one class away (for ordered classes) */
    public double withinOne() {
        long near = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = Math.max(0, i - 1); j <= Math.min(counts.length - 1, i + 1); j++) {
                near += counts[i][j];
            }
        }
        return total() == 0 ? 0 : (double) near / total();
    }

    /**
     * @param c a class
     * @return F1 of that class (0 when it was neither annotated nor predicted)
     */
    public double f1(int c) {
        long tp = counts[c][c];
        long gold = 0;
        long predicted = 0;
        for (int j = 0; j < counts.length; j++) {
            gold += counts[c][j];
            predicted += counts[j][c];
        }
        return gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
    }

    /** @return unweighted mean of the per-class F1 scores */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += f1(c);
        }
        return sum / counts.length;
    }

    /**
     * @param level a relations level, 0 hostile ... 4 conciliatory
     * @return its 3-way class: 0 hostile or critical, 1 neutral, 2 cooperative or conciliatory
     */
    public static int threeWay(int level) {
        return level < 2 ? 0 : level == 2 ? 1 : 2;
    }
}
