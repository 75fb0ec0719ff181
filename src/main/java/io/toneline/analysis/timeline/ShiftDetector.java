package io.toneline.analysis.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds lasting tone shifts in an actor's trajectory. A pure function of the series.
 *
 * <p>Method:
 *
 * <ol>
 *   <li>Smooth with a running median of three (edges repeat their value), so that one noisy
 *       paragraph can never make or break a shift on its own.
 *   <li>Binary segmentation: split the smoothed series where the split removes the most squared
 *       error, each side holding at least {@code minRun} points; keep the split only if the two
 *       sides' mean scores differ by at least {@code minDelta} and fall in different tone levels;
 *       repeat inside each side.
 *   <li>Walk the resulting regimes in order, merging neighbours that no longer differ enough; move
 *       each boundary by at most one point to where the raw scores split best (smoothing can
 *       drag a boundary onto a noisy neighbour), and
 *       report one {@link Shift} per remaining boundary, labelled by the median raw score of
 *       each regime (so an outlier inside a regime does not change its level). Two shifts the
 *       same way around a regime shorter than {@code 2 * minRun} points are one transition and
 *       are reported as one shift that spans it.
 * </ol>
 *
 * Flat and noisy-flat series report nothing; so do series too short to hold two regimes.
 */
public final class ShiftDetector {

    private final double minDelta;
    private final int minRun;

    /**
     * @param minDelta smallest change of mean score that counts (e.g. 0.5)
     * @param minRun fewest points on each side of a shift (at least 1)
     */
    public ShiftDetector(double minDelta, int minRun) {
        this.minDelta = minDelta;
        this.minRun = Math.max(1, minRun);
    }

    /**
     * @param series an actor's trajectory, in paragraph order
     * @return the shifts, in order
     */
    public List<Shift> detect(List<TrajectoryPoint> series) {
        int n = series.size();
        if (n < 2 * minRun) {
            return List.of();
        }
        double[] smooth = medianOfThree(series);
        List<Integer> cuts = new ArrayList<>();
        split(smooth, 0, n, cuts);
        cuts.sort(null);

        // regimes as [start, end) over the series; merge neighbours that no longer differ enough
        List<int[]> regimes = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            regimes.add(new int[] {start, cut});
            start = cut;
        }
        regimes.add(new int[] {start, n});
        boolean merged = true;
        while (merged && regimes.size() > 1) {
            merged = false;
            for (int i = 0; i + 1 < regimes.size(); i++) {
                if (!differs(mean(smooth, regimes.get(i)), mean(smooth, regimes.get(i + 1)))) {
                    regimes.set(i, new int[] {regimes.get(i)[0], regimes.get(i + 1)[1]});
                    regimes.remove(i + 1);
                    merged = true;
                    break;
                }
            }
        }
        double[] raw = series.stream().mapToDouble(TrajectoryPoint::score).toArray();
        refineBoundaries(raw, regimes);
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i + 1 < regimes.size(); i++) {
            int[] a = regimes.get(i);
            int[] b = regimes.get(i + 1);
            double ma = median(raw, a);
            double mb = median(raw, b);
            Shift shift = new Shift(series.get(a[1] - 1).paragraph(), series.get(b[0]).paragraph(),
                    ToneLabel.of(ma), ToneLabel.of(mb), round(mb - ma));
            Shift last = shifts.isEmpty() ? null : shifts.get(shifts.size() - 1);
            // a short regime between two moves the same way is a transition, not a level:
            // hostile -> (two neutral paragraphs) -> conciliatory is one swing
            if (last != null && a[1] - a[0] < 2 * minRun && Math.signum(last.delta()) == Math.signum(shift.delta())) {
                shifts.set(shifts.size() - 1, new Shift(last.fromParagraph(), shift.toParagraph(), last.from(),
                        shift.to(), round(last.delta() + shift.delta())));
            } else {
                shifts.add(shift);
            }
        }
        return shifts;
    }

    /**
     * Median smoothing can move a boundary by one point when a noisy paragraph sits next to it;
     * put each boundary back where the raw scores of its two regimes fit best (at most one step).
     */
    private void refineBoundaries(double[] raw, List<int[]> regimes) {
        for (int i = 0; i + 1 < regimes.size(); i++) {
            int[] a = regimes.get(i);
            int[] b = regimes.get(i + 1);
            int best = a[1];
            double bestCost = sse(raw, a[0], best) + sse(raw, best, b[1]);
            for (int c = a[1] - 1; c <= a[1] + 1; c++) {
                if (c - a[0] >= minRun && b[1] - c >= minRun) {
                    double cost = sse(raw, a[0], c) + sse(raw, c, b[1]);
                    if (cost < bestCost - 1e-12) {
                        bestCost = cost;
                        best = c;
                    }
                }
            }
            a[1] = best;
            b[0] = best;
        }
    }

    private void split(double[] x, int from, int to, List<Integer> cuts) {
        if (to - from < 2 * minRun) {
            return;
        }
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int k = from + minRun; k <= to - minRun; k++) {
            double cost = sse(x, from, k) + sse(x, k, to);
            if (cost < bestCost - 1e-12) {
                bestCost = cost;
                best = k;
            }
        }
        if (best < 0 || !differs(mean(x, new int[] {from, best}), mean(x, new int[] {best, to}))) {
            return;
        }
        cuts.add(best);
        split(x, from, best, cuts);
        split(x, best, to, cuts);
    }

    private boolean differs(double a, double b) {
        return Math.abs(b - a) >= minDelta && ToneLabel.of(a) != ToneLabel.of(b);
    }

    static double[] medianOfThree(List<TrajectoryPoint> series) {
        int n = series.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double a = series.get(Math.max(0, i - 1)).score();
            double b = series.get(i).score();
            double c = series.get(Math.min(n - 1, i + 1)).score();
            out[i] = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
        }
        return out;
    }

    private static double mean(double[] x, int[] range) {
        double s = 0;
        for (int i = range[0]; i < range[1]; i++) {
            s += x[i];
        }
        return s / (range[1] - range[0]);
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    private static double median(double[] x, int[] range) {
        double[] part = java.util.Arrays.copyOfRange(x, range[0], range[1]);
        java.util.Arrays.sort(part);
        int n = part.length;
        return n % 2 == 1 ? part[n / 2] : (part[n / 2 - 1] + part[n / 2]) / 2;
    }

    private static double sse(double[] x, int from, int to) {
        double m = mean(x, new int[] {from, to});
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (x[i] - m) * (x[i] - m);
        }
        return s;
    }
}
