package io.toneline.training;

import io.toneline.model.ToneModel;
import io.toneline.model.windows.Window;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Knowledge distillation for a smaller student: the teacher (a shipped model, run in float32 through
 * the service's own inference code) gives its probabilities for every mention of every training
 * window once, before training; the student then learns them on both heads, for every mention,
 * including the many NewsMTSC targets that carry a sentiment label but no relations label.
 */
final class Distillation {

    private static final int BATCH = 32;

    private Distillation() {}

    /**
     * @param teacherDir the teacher's model directory
     * @param rows training rows
     * @return the same rows, each with the teacher's probabilities
     */
    static List<TrainingRow> withTeacher(Path teacherDir, List<TrainingRow> rows) throws java.io.IOException {
        long t0 = System.nanoTime();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        // similar lengths together: little padding in the teacher's passes
        order.sort(Comparator.comparingInt(i -> rows.get(i).window().length()));
        float[][][] probabilities = new float[rows.size()][][];
        try (ToneModel teacher = ToneModel.load(teacherDir, 1 << 16, "float32")) {
            for (int from = 0; from < order.size(); from += BATCH) {
                List<Integer> ids = order.subList(from, Math.min(order.size(), from + BATCH));
                List<Window> windows = ids.stream().map(i -> rows.get(i).window()).toList();
                float[][][] out = teacher.forward(windows);
                for (int b = 0; b < ids.size(); b++) {
                    int mentions = rows.get(ids.get(b)).sentiment().length;
                    float[][] own = new float[mentions][];
                    System.arraycopy(out[b], 0, own, 0, mentions);
                    probabilities[ids.get(b)] = own;
                }
            }
        }
        List<TrainingRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i).withTeacher(probabilities[i]));
        }
        System.out.printf("teacher %s: probabilities for %d windows in %.0f s%n", teacherDir, rows.size(),
                (System.nanoTime() - t0) / 1e9);
        return out;
    }

    /**
     * Cross-entropy of the student's two heads against the teacher's probabilities, the mean over the
     * batch's mentions (padding mentions left out).
     *
     * @param manager for the targets
     * @param logits the student's logits, [batch, mentions, 8]: sentiment 0–2, relations 3–7
     * @param batch the rows, with teacher probabilities
     * @return the loss
     */
    static NDArray softLoss(NDManager manager, NDArray logits, List<TrainingRow> batch) {
        long[] shape = logits.getShape().getShape();
        int b = (int) shape[0];
        int k = (int) shape[1];
        int n = (int) shape[2];
        float[] target = new float[b * k * n];
        float[] valid = new float[b * k];
        for (int i = 0; i < b; i++) {
            float[][] t = batch.get(i).teacher();
            for (int j = 0; j < t.length; j++) {
                valid[i * k + j] = 1f;
                System.arraycopy(t[j], 0, target, (i * k + j) * n, n);
            }
        }
        NDArray dist = manager.create(target, new Shape(b, k, n));
        NDArray sentiment = logits.get(":, :, 0:3").logSoftmax(-1).mul(dist.get(":, :, 0:3")).sum(new int[] {-1});
        NDArray relations = logits.get(":, :, 3:8").logSoftmax(-1).mul(dist.get(":, :, 3:8")).sum(new int[] {-1});
        return TrainMain.maskedMean(manager, sentiment.add(relations).neg(), valid);
    }
}
