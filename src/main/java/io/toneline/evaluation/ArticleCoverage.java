package io.toneline.evaluation;

import io.toneline.analysis.Analysis;
import io.toneline.analysis.Analyzer;
import io.toneline.analysis.ArticleRequest;
import io.toneline.analysis.TargetScorer;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.timeline.ShiftDetector;
import io.toneline.evaluation.articles.ArticleScore;
import io.toneline.evaluation.articles.GoldArticle;
import io.toneline.model.TargetTone;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Actor coverage on the article set, without the model: which gold pairs the service would score and
 * which clutter paragraphs it would score. Detection does not depend on scores, so every target gets
 * the same placeholder probabilities here; no tone figure is read from them.
 */
final class ArticleCoverage {

    private ArticleCoverage() {}

    static void run(String[] args) throws Exception {
        String split = args.length > 2 && args[0].equals("--split") ? args[1] : "all";
        List<GoldArticle> articles = GoldArticle.read(Path.of(args[args.length - 1])).stream()
                .filter(a -> split.equals("all") ? !a.split().equals("train") : a.split().equals(split)).toList();
        // detection only: a fixed neutral placeholder per target, never reported as a tone
        TargetScorer detectionOnly = inputs -> inputs.stream().map(in -> in.targets().stream()
                .map(t -> new TargetTone(t, new float[] {0, 0, 1, 0, 0}, new float[] {0, 1, 0})).toList()).toList();
        Analyzer analyzer = new Analyzer(new ActorFinder(Gazetteer.load()), detectionOnly, ShiftDetector.standard(),
                new Analysis.ModelRef("none", "-", "-", "-"), Analyzer.Budget.GENEROUS);
        int[] t = new int[6];
        for (GoldArticle a : articles) {
            ArticleScore s = ArticleScore.of(a, analyzer.analyze(new ArticleRequest(a.text(), a.title(), List.of(), false)));
            int[] v = {s.goldActors(), s.actorsFound(), s.goldPairs(), s.pairsScored(), s.clutter(), s.clutterScored()};
            for (int i = 0; i < v.length; i++) {
                t[i] += v[i];
            }
            System.out.printf(Locale.ROOT, "%s actors_found=%d/%d pairs_scored=%d/%d clutter_scored=%d/%d%n", a.id(),
                    v[1], v[0], v[3], v[2], v[5], v[4]);
            s.notes().stream().filter(n -> n.startsWith("unscored") || n.startsWith("clutter"))
                    .forEach(n -> System.out.println("    " + n));
        }
        System.out.printf(Locale.ROOT, "articles=%d actors_found=%.4f pairs_scored=%.4f clutter_scored=%d of %d%n",
                articles.size(), t[1] / (double) t[0], t[3] / (double) t[2], t[5], t[4]);
    }
}
