package io.toneline.training;

import io.toneline.model.windows.Window;

/**
 * One training window with the gold labels of each mention, -1 where a mention has none of a kind.
 *
 * @param window the model input row
 * @param sentiment gold sentiment class per mention (0 negative, 1 neutral, 2 positive), window order
 * @param relations gold relations level per mention (0 hostile ... 4 conciliatory), window order
 * @param teacher a teacher model's probabilities per mention (both heads, the model's column order), or
 *     null when training without one ({@link Distillation})
 */
record TrainingRow(Window window, int[] sentiment, int[] relations, float[][] teacher) {

    /**
     * @param teacherProbabilities the teacher's probabilities for this window's mentions
     * @return this row with them
     */
    TrainingRow withTeacher(float[][] teacherProbabilities) {
        return new TrainingRow(window, sentiment, relations, teacherProbabilities);
    }
}
