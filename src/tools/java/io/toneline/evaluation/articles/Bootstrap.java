package io.toneline.evaluation.articles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * How much the article figures move with the choice of articles: a bootstrap over articles (resampled with
 * replacement, the 2.5th and 97.5th percentiles of each figure), and, for two models on the same articles, the
 * same resamples applied to both, so the interval is that of their difference. With a few dozen articles and a
 * few dozen turns, shift figures move by several points from one sample to the next, which is what a decision
 * between two models must be read against. Pure: the seed fixes the resamples.
 */
final class Bootstrap {

    private static final List<String> NAMES = List.of("pair_agreement", "shift_recall", "shift_precision", "shift_f1");
    private static final List<ToDoubleFunction<Totals>> FIGURES = List.of(
            t -> Totals.ratio(t.pairsAgreed(), t.pairsScored()), Totals::recall, Totals::precision, Totals::f1);

    private Bootstrap() {}

    /**
     * @param a the scores of one model, per article
     * @param b the scores of another model on the same articles, in the same order, or null
     * @param samples resamples to draw
     * @param seed the random seed
     * @return one line: each figure (of {@code a}, or of {@code a} minus {@code b}) with its 95 % interval
     */
    static String line(List<ArticleScore> a, List<ArticleScore> b, int samples, long seed) {
        int n = a.size();
        double[][] draws = new double[FIGURES.size()][samples];
        Random random = new Random(seed);
        for (int s = 0; s < samples; s++) {
            List<ArticleScore> ra = new ArrayList<>(n);
            List<ArticleScore> rb = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                ra.add(a.get(k));
                if (b != null) {
                    rb.add(b.get(k));
                }
            }
            double[] v = values(ra, b == null ? null : rb);
            for (int f = 0; f < FIGURES.size(); f++) {
                draws[f][s] = v[f];
            }
        }
        double[] whole = values(a, b);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s samples=%d articles=%d",
                b == null ? "bootstrap" : "difference", samples, n));
        for (int f = 0; f < FIGURES.size(); f++) {
            double[] d = draws[f];
            Arrays.sort(d);
            out.append(String.format(Locale.ROOT, " %s%s=%+.4f[%+.4f,%+.4f]", b == null ? "" : "delta_", NAMES.get(f),
                    whole[f], d[(int) Math.floor(0.025 * (samples - 1))], d[(int) Math.ceil(0.975 * (samples - 1))]));
        }
        return out.toString();
    }

    /** Every figure of {@code a}, or of {@code a} minus {@code b}: the totals summed once per sample. */
    private static double[] values(List<ArticleScore> a, List<ArticleScore> b) {
        Totals ta = Totals.of(a);
        Totals tb = b == null ? null : Totals.of(b);
        double[] out = new double[FIGURES.size()];
        for (int f = 0; f < out.length; f++) {
            out[f] = FIGURES.get(f).applyAsDouble(ta) - (tb == null ? 0 : FIGURES.get(f).applyAsDouble(tb));
        }
        return out;
    }
}
