package io.toneline.model.windows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts windows into forward batches once, by exact padded tokens. Windows are sorted by length, and the
 * cut points are chosen by dynamic programming to minimise the work of all passes: padded tokens
 * (windows x longest window of the batch) plus a fixed cost per pass, each pass at most
 * {@code maxPaddedTokens}. With length buckets this keeps padding to a few percent on real articles,
 * where one-line paragraphs sit beside long ones (a single batch padded to the longest window did 2.3x
 * the real work on a 24-paragraph commentary), without splitting into many tiny passes. Padding is held to
 * at most {@link #MAX_PADDING_RATIO} of the real tokens: where the cheapest plan pads more (a short article
 * of a few windows of different lengths), the fixed cost is halved until it does not, at worst to one pass
 * per distinct length, which pads nothing. O(n²) in the windows of one batch per try (a handful of tries),
 * which the batcher's token budget bounds.
 */
public final class BatchPlanner {

    /**
     * Fixed cost of one forward pass, in padded-token equivalents: operator launches and the per-pass
     * work that does not scale with tokens. Measured on a 2-core AVX2 CPU, int8: a pass of one short
     * window costs about what 24 more tokens in a larger pass cost.
     */
    public static final int PASS_COST_TOKENS = 24;

    /** The most padded tokens per real token a plan may have: 10 % padding. */
    public static final double MAX_PADDING_RATIO = 1.10;

    private BatchPlanner() {}

    /**
     * @param windows windows in any order
     * @param maxPaddedTokens the most padded tokens in one pass (a single longer window gets a pass of its own)
     * @return batches of windows, shortest first, each sorted by length
     */
    public static List<List<Window>> plan(List<Window> windows, int maxPaddedTokens) {
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(Window::length));
        List<List<Window>> plan = plan(sorted, maxPaddedTokens, PASS_COST_TOKENS);
        // one more short pass costs a few milliseconds; the padding it saves is work on every row of a pass
        for (int cost = PASS_COST_TOKENS / 2; cost > 0 && paddingRatio(plan) > MAX_PADDING_RATIO; cost /= 2) {
            plan = plan(sorted, maxPaddedTokens, cost);
        }
        if (paddingRatio(plan) > MAX_PADDING_RATIO) {
            plan = plan(sorted, maxPaddedTokens, 0);
        }
        return plan;
    }

    private static List<List<Window>> plan(List<Window> sorted, int maxPaddedTokens, int passCost) {
        int n = sorted.size();
        long[] best = new long[n + 1];
        int[] from = new int[n + 1];
        for (int b = 1; b <= n; b++) {
            best[b] = Long.MAX_VALUE;
            int longest = sorted.get(b - 1).length(); // sorted: the last window of a batch is its longest
            for (int a = b - 1; a >= 0; a--) {
                long padded = (long) (b - a) * longest;
                if (padded > maxPaddedTokens && a < b - 1) {
                    break; // adding shorter windows in front only makes it larger
                }
                long cost = best[a] + padded + passCost;
                if (cost < best[b]) {
                    best[b] = cost;
                    from[b] = a;
                }
            }
        }
        List<List<Window>> out = new ArrayList<>();
        for (int b = n; b > 0; b = from[b]) {
            out.add(0, List.copyOf(sorted.subList(from[b], b)));
        }
        return out;
    }

    /**
     * @param batches planned batches
     * @return padded tokens over real tokens (1.0 = no padding)
     */
    public static double paddingRatio(List<List<Window>> batches) {
        long real = 0;
        long padded = 0;
        for (List<Window> b : batches) {
            int longest = 0;
            for (Window w : b) {
                real += w.length();
                longest = Math.max(longest, w.length());
            }
            padded += (long) longest * b.size();
        }
        return real == 0 ? 1.0 : padded / (double) real;
    }
}
