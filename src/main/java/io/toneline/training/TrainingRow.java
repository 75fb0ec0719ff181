package io.toneline.training;

import io.toneline.model.Window;

/**
 * One training window with the gold class (0 negative, 1 neutral, 2 positive) of each mention.
 *
 * @param window the model input row
 * @param labels gold class per mention, in the window's mention order
 */
record TrainingRow(Window window, int[] labels) {}
