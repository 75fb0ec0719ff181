package io.toneline.analysis.timeline;

import static io.toneline.model.Figures.round;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the turns in an actor's trajectory. A pure function of the series.
 *
 * <p>Method (the guideline's definition: a shift is a change of side between stretches, not between
 * neighbouring paragraphs):
 *
 * <ol>
 *   <li><b>Optimal partitioning.</b> Each paragraph is a point in the simplex of the three sides
 *       (negative, neutral, positive), weighted by its evidence ({@link SeriesPoint#weight()}: mentions
 *       and certainty). Dynamic programming finds the segmentation that minimises the weighted
 *       squared error of every segment around its mean plus {@code penalty} per boundary (Jackson's
 *       optimal partitioning; O(n²) with prefix sums). A single paragraph can be its own stretch
 *       when its evidence outweighs the penalty: a distinct event such as backstory of a raid.
 *   <li><b>Stretches.</b> Each segment's typical level comes from its weighted mean probabilities;
 *       neighbouring segments on the same side merge (intensity is not a turn).
 *   <li><b>Shifts.</b> Neutral stretches lighter than {@code neutralWeight} are passed over (an actor
 *       first met as a place, a procedural aside); between consecutive remaining stretches of
 *       different sides, one {@link Shift}. Its confidence is {@code g / (g + penalty)}, where
 *       {@code g} is what merging the two stretches would cost; {@code major} when it reaches
 *       {@code majorConfidence}.
 * </ol>
 */
public final class ShiftDetector {

    /**
     * @param penalty cost of one boundary, in weighted squared side distance (larger: fewer stretches)
     * @param neutralWeight evidence a neutral stretch needs to count as a side of its own
     * @param majorConfidence confidence from which a shift is major
     */
    public record Params(double penalty, double neutralWeight, double majorConfidence) {
        /** Tuned on the dev half of {@code data/articles} (see its README). */
        public static final Params DEFAULT = new Params(0.13, 3.0, 0.75);
    }

    /**
     * @param stretches the actor's arc: its stretches in order
     * @param shifts the turns between them
     */
    public record Result(List<Stretch> stretches, List<Shift> shifts) {
        /** @return the arc in one line, e.g. "hostile p1–p3 → cooperative p5–p7"; empty for no points */
        public String summary() {
            return String.join(" → ", stretches.stream().map(Stretch::describe).toList());
        }
    }

    private final Params params;

    /** @param params the detector's parameters */
    public ShiftDetector(Params params) {
        this.params = params;
    }

    /** @return the detector with {@link Params#DEFAULT} */
    public static ShiftDetector standard() {
        return new ShiftDetector(Params.DEFAULT);
    }

    /** @return its parameters */
    public Params params() {
        return params;
    }

    /**
     * @param series an actor's points, in paragraph order
     * @return its stretches and shifts
     */
    public Result detect(List<SeriesPoint> series) {
        int n = series.size();
        if (n == 0) {
            return new Result(List.of(), List.of());
        }
        Sums sums = new Sums(series);
        List<int[]> segments = partition(sums, n);
        List<int[]> merged = new ArrayList<>();
        for (int[] seg : segments) {
            if (!merged.isEmpty() && side(sums, merged.get(merged.size() - 1)) == side(sums, seg)) {
                merged.get(merged.size() - 1)[1] = seg[1];
            } else {
                merged.add(seg.clone());
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        for (int[] seg : merged) {
            stretches.add(stretch(series, sums, seg));
        }
        List<Shift> shifts = new ArrayList<>();
        int[] last = null;
        Stretch lastStretch = null;
        for (int i = 0; i < merged.size(); i++) {
            int[] seg = merged.get(i);
            Stretch s = stretches.get(i);
            if (s.side() == Side.NEUTRAL && sums.weight(seg[0], seg[1]) < params.neutralWeight()) {
                continue;
            }
            if (last != null && lastStretch.side() != s.side()) {
                double gain = Math.max(0, sums.costOfUnion(last, seg) - sums.cost(last[0], last[1]) - sums.cost(seg[0], seg[1]));
                double confidence = gain / (gain + params.penalty());
                List<Shift.Evidence> evidence = List.of(
                        new Shift.Evidence(series.get(last[1] - 1).paragraph(), List.of()),
                        new Shift.Evidence(series.get(seg[0]).paragraph(), List.of()));
                shifts.add(new Shift(lastStretch.toParagraph(), s.fromParagraph(), lastStretch.level(), s.level(),
                        round(s.score() - lastStretch.score()), lastStretch, s, round(confidence),
                        confidence >= params.majorConfidence(), evidence));
            }
            last = seg;
            lastStretch = s;
        }
        return new Result(stretches, shifts);
    }

    /** Optimal partitioning: segments as [from, to) over the series. */
    private List<int[]> partition(Sums sums, int n) {
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        best[0] = -params.penalty();
        for (int b = 1; b <= n; b++) {
            best[b] = Double.MAX_VALUE;
            for (int a = 0; a < b; a++) {
                double c = best[a] + sums.cost(a, b) + params.penalty();
                if (c < best[b] - 1e-12) {
                    best[b] = c;
                    from[b] = a;
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int b = n; b > 0; b = from[b]) {
            out.add(0, new int[] {from[b], b});
        }
        return out;
    }

    private static Side side(Sums sums, int[] seg) {
        double[] m = sums.meanSides(seg[0], seg[1]);
        if (m[1] >= m[0] && m[1] >= m[2]) {
            return Side.NEUTRAL;
        }
        return m[0] > m[2] ? Side.NEGATIVE : Side.POSITIVE;
    }

    private static Stretch stretch(List<SeriesPoint> series, Sums sums, int[] seg) {
        float[] levels = new float[5];
        double score = 0;
        double total = sums.weight(seg[0], seg[1]);
        for (int i = seg[0]; i < seg[1]; i++) {
            SeriesPoint p = series.get(i);
            double w = p.weight() / total;
            for (int c = 0; c < 5; c++) {
                levels[c] += (float) (w * p.levels()[c]);
            }
            score += w * p.score();
        }
        ToneLabel level = ToneLabel.of(levels);
        return new Stretch(series.get(seg[0]).paragraph(), series.get(seg[1] - 1).paragraph(), seg[1] - seg[0], level,
                level.side(), round(score));
    }

    /** Prefix sums of weight, weighted sides and weighted squared norms: O(1) segment costs. */
    private static final class Sums {
        private final double[] w;
        private final double[][] s;
        private final double[] q;

        Sums(List<SeriesPoint> series) {
            int n = series.size();
            w = new double[n + 1];
            s = new double[3][n + 1];
            q = new double[n + 1];
            for (int i = 0; i < n; i++) {
                SeriesPoint p = series.get(i);
                double wi = p.weight();
                double[] x = p.sides();
                w[i + 1] = w[i] + wi;
                double norm = 0;
                for (int d = 0; d < 3; d++) {
                    s[d][i + 1] = s[d][i] + wi * x[d];
                    norm += x[d] * x[d];
                }
                q[i + 1] = q[i] + wi * norm;
            }
        }

        double weight(int a, int b) {
            return w[b] - w[a];
        }

        double[] meanSides(int a, int b) {
            double total = Math.max(1e-12, weight(a, b));
            return new double[] {(s[0][b] - s[0][a]) / total, (s[1][b] - s[1][a]) / total, (s[2][b] - s[2][a]) / total};
        }

        /** Weighted squared error of the points in [a, b) around their weighted mean. */
        double cost(int a, int b) {
            double total = weight(a, b);
            if (total <= 0) {
                return 0;
            }
            double sq = 0;
            for (int d = 0; d < 3; d++) {
                double sd = s[d][b] - s[d][a];
                sq += sd * sd;
            }
            return Math.max(0, (q[b] - q[a]) - sq / total);
        }

        /** The cost of two segments (not necessarily adjacent) taken as one. */
        double costOfUnion(int[] x, int[] y) {
            double total = weight(x[0], x[1]) + weight(y[0], y[1]);
            if (total <= 0) {
                return 0;
            }
            double sq = 0;
            for (int d = 0; d < 3; d++) {
                double sd = s[d][x[1]] - s[d][x[0]] + s[d][y[1]] - s[d][y[0]];
                sq += sd * sd;
            }
            return Math.max(0, (q[x[1]] - q[x[0]]) + (q[y[1]] - q[y[0]]) - sq / total);
        }
    }
}
