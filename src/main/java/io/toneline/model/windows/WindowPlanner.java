package io.toneline.model.windows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans model windows over a token sequence longer than the model accepts, so that no mention is
 * lost: every mention lands, whole, in exactly one window, the one where it sits most centrally.
 *
 * <p>Candidate windows start every {@code width / 2} tokens (half overlap), the last one flush with
 * the end. A mention too long for any candidate gets a window centred on it; a mention longer than
 * the window itself keeps its first {@code width} tokens. Windows that hold no mention are dropped.
 */
public final class WindowPlanner {

    private WindowPlanner() {}

    /**
     * A planned window.
     *
     * @param from first token (inclusive)
     * @param to last token (exclusive)
     * @param mentions indexes of the mentions assigned to this window, ascending
     */
    public record Planned(int from, int to, List<Integer> mentions) {}

    /**
     * @param tokenCount number of tokens in the text
     * @param mentions token ranges {@code [start, end)} of the mentions
     * @param width the most tokens a window may hold (at least 1)
     * @return windows sorted by start; each mention index appears in exactly one
     */
    public static List<Planned> plan(int tokenCount, List<int[]> mentions, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("window width must be at least 1");
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            all.add(i);
        }
        if (tokenCount <= width) {
            return mentions.isEmpty() ? List.of() : List.of(new Planned(0, tokenCount, all));
        }
        int stride = Math.max(1, width / 2);
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s < tokenCount - width; s += stride) {
            starts.add(s);
        }
        starts.add(tokenCount - width);

        Map<Integer, List<Integer>> byStart = new TreeMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            int ms = mentions.get(i)[0];
            int me = Math.min(mentions.get(i)[1], ms + width);
            int best = -1;
            int bestMargin = -1;
            for (int s : starts) {
                if (s <= ms && me <= s + width) {
                    int margin = Math.min(ms - s, s + width - me);
                    if (margin > bestMargin) {
                        bestMargin = margin;
                        best = s;
                    }
                }
            }
            if (best < 0) {
                int centre = (ms + me) / 2;
                best = Math.max(0, Math.min(centre - width / 2, tokenCount - width));
            }
            byStart.computeIfAbsent(best, k -> new ArrayList<>()).add(i);
        }
        List<Planned> out = new ArrayList<>();
        byStart.forEach((s, idx) -> out.add(new Planned(s, s + width, List.copyOf(idx))));
        out.sort(Comparator.comparingInt(Planned::from));
        return out;
    }
}
