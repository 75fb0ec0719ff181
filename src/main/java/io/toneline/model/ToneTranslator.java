package io.toneline.model;

import io.toneline.model.windows.Window;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

import java.util.List;

/**
 * Owns the tensor shapes of the tone model. A batch of windows becomes three tensors:
 *
 * <ul>
 *   <li>{@code input_ids [B, T]} int64, 0-padded to the longest window;
 *   <li>{@code attention_mask [B, T]} int64;
 *   <li>{@code target_mask [B, K, T]} float32, row k marks the tokens of mention k, K being the
 *       most mentions any window holds (padding rows are all zero).
 * </ul>
 *
 * The model returns {@code logits [B, K, C]}, the columns of all heads side by side (their layout is
 * read from the artifact's metadata); this translator turns each head's columns into probabilities
 * and returns one {@code float[C]} per mention, in the window's mention order.
 */
public final class ToneTranslator implements NoBatchifyTranslator<List<Window>, float[][][]> {

    private final List<ModelInfo.Head> heads;
    private final int columns;

    /** @param info the artifact's metadata: which columns belong to which head */
    public ToneTranslator(ModelInfo info) {
        this.heads = List.copyOf(info.heads());
        this.columns = info.outputs();
    }

    /** {@inheritDoc} */
    @Override
    public NDList processInput(TranslatorContext ctx, List<Window> windows) {
        return toTensors(ctx.getNDManager(), windows);
    }

    /** {@inheritDoc} */
    @Override
    public float[][][] processOutput(TranslatorContext ctx, NDList list) {
        NDArray logits = list.get(0).toType(ai.djl.ndarray.types.DataType.FLOAT32, false);
        long[] shape = logits.getShape().getShape();
        if (shape.length != 3 || shape[2] != columns) {
            throw new IllegalStateException("the model returned shape " + logits.getShape() + ", metadata promises "
                    + columns + " columns");
        }
        float[] flat = logits.toFloatArray();
        int b = (int) shape[0];
        int k = (int) shape[1];
        float[][][] out = new float[b][k][columns];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < k; j++) {
                int base = (i * k + j) * columns;
                for (ModelInfo.Head h : heads) {
                    softmax(flat, base + h.offset(), h.labels().size(), out[i][j], h.offset());
                }
            }
        }
        return out;
    }

    private static void softmax(float[] in, int from, int n, float[] out, int to) {
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            max = Math.max(max, in[from + c]);
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
            sum += Math.exp(in[from + c] - max);
        }
        for (int c = 0; c < n; c++) {
            out[to + c] = (float) (Math.exp(in[from + c] - max) / sum);
        }
    }

    /**
     * The raw input arrays of one batch, row-major, before they become tensors of any engine.
     *
     * @param ids {@code input_ids [b, t]}
     * @param mask {@code attention_mask [b, t]}
     * @param targets {@code target_mask [b, k, t]}
     * @param b windows
     * @param t tokens of the longest window
     * @param k the most mentions in one window (at least 1)
     */
    public record Batch(long[] ids, long[] mask, float[] targets, int b, int t, int k) {

        /**
         * @param windows the batch; must not be empty
         * @return its arrays, 0-padded to the longest window
         */
        public static Batch of(List<Window> windows) {
            int b = windows.size();
            int t = 0;
            int k = 1;
            for (Window w : windows) {
                t = Math.max(t, w.length());
                k = Math.max(k, w.targets().length);
            }
            long[] ids = new long[b * t];
            long[] mask = new long[b * t];
            float[] targets = new float[b * k * t];
            for (int i = 0; i < b; i++) {
                Window w = windows.get(i);
                System.arraycopy(w.ids(), 0, ids, i * t, w.length());
                java.util.Arrays.fill(mask, i * t, i * t + w.length(), 1L);
                for (int j = 0; j < w.mentionTokens().length; j++) {
                    int[] r = w.mentionTokens()[j];
                    int base = (i * k + j) * t;
                    java.util.Arrays.fill(targets, base + r[0], base + r[1], 1f);
                }
            }
            return new Batch(ids, mask, targets, b, t, k);
        }
    }

    /**
     * Builds the model's input tensors for a batch of windows.
     *
     * @param manager where the arrays live
     * @param windows the batch; must not be empty
     * @return input_ids, attention_mask, target_mask
     */
    public static NDList toTensors(NDManager manager, List<Window> windows) {
        Batch x = Batch.of(windows);
        NDArray idArray = manager.create(x.ids(), new Shape(x.b(), x.t()));
        idArray.setName("input_ids");
        NDArray maskArray = manager.create(x.mask(), new Shape(x.b(), x.t()));
        maskArray.setName("attention_mask");
        NDArray targetArray = manager.create(x.targets(), new Shape(x.b(), x.k(), x.t()));
        targetArray.setName("target_mask");
        return new NDList(idArray, maskArray, targetArray);
    }
}
