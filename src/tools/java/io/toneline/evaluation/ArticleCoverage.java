package io.toneline.evaluation;

import io.toneline.analysis.Analysis;
import io.toneline.analysis.Analyzer;
import io.toneline.analysis.ArticleRequest;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.timeline.ShiftDetector;
import io.toneline.evaluation.articles.ArticleScore;
import io.toneline.evaluation.articles.GoldArticle;
import io.toneline.model.ToneModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Actor coverage on the article set: which gold pairs and which clutter paragraphs the service scores,
 * through the same analysis the service runs (the shipped model included; only the coverage figures
 * are printed, the article evaluation prints the tone figures).
 */
final class ArticleCoverage {

    private ArticleCoverage() {}

    static void run(String[] args) throws Exception {
        String split = args.length > 2 && args[0].equals("--split") ? args[1] : "all";
        List<GoldArticle> articles = GoldArticle.read(Path.of(args[args.length - 1])).stream()
                .filter(a -> split.equals("all") ? !a.split().equals("train") : a.split().equals(split)).toList();
        try (ToneModel model = ToneModel.load(Path.of(System.getProperty("toneline.model.dir", "model/toneline-tsc")),
                4096, "auto")) {
            Analyzer analyzer = new Analyzer(new ActorFinder(Gazetteer.load()), model::score, ShiftDetector.standard(),
                    Analysis.ModelRef.of(model), Analyzer.Budget.GENEROUS);
            print(articles, analyzer);
        }
    }

    private static void print(List<GoldArticle> articles, Analyzer analyzer) {
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
