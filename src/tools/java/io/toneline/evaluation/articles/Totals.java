package io.toneline.evaluation.articles;

import java.util.List;
import java.util.Locale;

/** Sums of {@link ArticleScore}s and the figures of the article evaluation. */
record Totals(int articles, int goldActors, int actorsFound, int goldPairs, int pairsScored, int pairsAgreed,
        int goldShifts, int goldFound, int goldMajor, int majorFound, int reported, int reportedRight,
        int reportedMajor, int reportedMajorRight, int clutter, int clutterScored, int goldReachable) {

    static Totals of(List<ArticleScore> scores) {
        int[] t = new int[16];
        for (ArticleScore s : scores) {
            int[] v = {s.goldActors(), s.actorsFound(), s.goldPairs(), s.pairsScored(), s.pairsAgreed(), s.goldShifts(),
                s.goldFound(), s.goldMajor(), s.majorFound(), s.reported(), s.reportedRight(), s.reportedMajor(),
                s.reportedMajorRight(), s.clutter(), s.clutterScored(), s.goldReachable()};
            for (int i = 0; i < v.length; i++) {
                t[i] += v[i];
            }
        }
        return new Totals(scores.size(), t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                t[12], t[13], t[14], t[15]);
    }

    double recall() {
        return ratio(goldFound, goldShifts);
    }

    double precision() {
        return ratio(reportedRight, reported);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line() {
        return String.format(Locale.ROOT,
                "articles=%d actors_found=%.4f pairs_scored=%.4f pair_agreement=%.4f shift_recall=%.4f "
                        + "shift_precision=%.4f shift_f1=%.4f major_recall=%.4f major_precision=%.4f turns_reachable=%.4f "
                        + "clutter_scored=%d",
                articles, ratio(actorsFound, goldActors), ratio(pairsScored, goldPairs), ratio(pairsAgreed, pairsScored),
                recall(), precision(), f1(), ratio(majorFound, goldMajor), ratio(reportedMajorRight, reportedMajor),
                ratio(goldReachable, goldShifts), clutterScored);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}
