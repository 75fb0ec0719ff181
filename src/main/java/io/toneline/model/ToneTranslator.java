package io.toneline.model;

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
 * The model returns {@code logits [B, K, 3]}; this translator turns them into probabilities, one
 * {@code float[3]} (negative, neutral, positive) per mention, in the window's mention order.
 */
public final class ToneTranslator implements NoBatchifyTranslator<List<Window>, float[][][]> {

    /** {@inheritDoc} */
    @Override
    public NDList processInput(TranslatorContext ctx, List<Window> windows) {
        return toTensors(ctx.getNDManager(), windows);
    }

    /** {@inheritDoc} */
    @Override
    public float[][][] processOutput(TranslatorContext ctx, NDList list) {
        NDArray probs = list.get(0).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).softmax(-1);
        long[] shape = probs.getShape().getShape();
        float[] flat = probs.toFloatArray();
        int b = (int) shape[0];
        int k = (int) shape[1];
        float[][][] out = new float[b][k][3];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < k; j++) {
                System.arraycopy(flat, (i * k + j) * 3, out[i][j], 0, 3);
            }
        }
        return out;
    }

    /**
     * Builds the model's input tensors for a batch of windows.
     *
     * @param manager where the arrays live
     * @param windows the batch; must not be empty
     * @return input_ids, attention_mask, target_mask
     */
    public static NDList toTensors(NDManager manager, List<Window> windows) {
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
        NDArray idArray = manager.create(ids, new Shape(b, t));
        idArray.setName("input_ids");
        NDArray maskArray = manager.create(mask, new Shape(b, t));
        maskArray.setName("attention_mask");
        NDArray targetArray = manager.create(targets, new Shape(b, k, t));
        targetArray.setName("target_mask");
        return new NDList(idArray, maskArray, targetArray);
    }
}
