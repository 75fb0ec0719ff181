package io.toneline.model.windows;

import io.toneline.model.ToneInput;

/**
 * One model input row: token ids with [CLS] and [SEP] around a slice of a text, and the mentions
 * scored in it.
 *
 * @param input index of the {@link ToneInput} this window comes from
 * @param ids token ids, [CLS] first and [SEP] last
 * @param mentionTokens per mention: {start, end} token positions inside {@code ids}, end exclusive
 * @param targets per mention: index of the target in its {@link ToneInput}
 */
public record Window(int input, long[] ids, int[][] mentionTokens, int[] targets) {

    /** The type token of a batch of windows, for DJL's typed {@code Criteria}. */
    @SuppressWarnings("unchecked")
    public static final Class<java.util.List<Window>> LIST = (Class<java.util.List<Window>>) (Class<?>) java.util.List.class;

    /** @return number of tokens, special tokens included */
    public int length() {
        return ids.length;
    }
}
