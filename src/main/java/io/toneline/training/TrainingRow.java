package io.toneline.training;

import io.toneline.model.Window;

import java.util.Random;

/**
 * One training window with the gold class (0 negative, 1 neutral, 2 positive) of each mention.
 *
 * @param window the model input row
 * @param labels gold class per mention, in the window's mention order
 */
record TrainingRow(Window window, int[] labels) {

    /**
     * The model marks target k with slot k; shuffling the order of a window's targets every epoch
     * teaches every slot the same job, so slot numbers carry no meaning at inference.
     */
    TrainingRow shuffled(Random random) {
        int n = labels.length;
        if (n < 2) {
            return this;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[][] tokens = new int[n][];
        int[] targets = new int[n];
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = window.mentionTokens()[order[i]];
            targets[i] = window.targets()[order[i]];
            gold[i] = labels[order[i]];
        }
        return new TrainingRow(new Window(window.input(), window.ids(), tokens, targets), gold);
    }
}
