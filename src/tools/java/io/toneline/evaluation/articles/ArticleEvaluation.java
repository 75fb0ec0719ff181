package io.toneline.evaluation.articles;

import io.toneline.analysis.Analysis;
import io.toneline.analysis.Analyzer;
import io.toneline.analysis.ReadingContext;
import io.toneline.analysis.ArticleRequest;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.timeline.ShiftDetector;
import io.toneline.model.ToneModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The article evaluation command: analyses every article of the article set with the service's own
 * code (the shipped model, actor detection, shift detector) and prints, per article and in total,
 * actors found, pairs scored, side agreement on pairs, shift recall and precision (all turns and
 * major ones) and clutter paragraphs scored. The last line is, for scripts:
 * {@code articles=N ... pair_agreement=… shift_recall=… shift_precision=… … clutter_scored=…}.
 *
 * <p>Usage: {@code ArticleEvaluation [--split dev|test|all|train] [--verbose] [--tune] [--context none|title|previous]
 * FILE [MODEL_DIR [PRECISION]]}; {@code --context} puts the title or the previous paragraph before each
 * paragraph the model reads (the service reads none; see the model card).
 * ({@code all} is dev and test; the train part is for training only).
 * {@code --tune} (dev split only) searches the shift detector's parameters on the analyses, ranked by
 * F1 among settings whose precision is at least their recall. {@code --bootstrap N} adds, before the last
 * line, each figure's 95 % interval over N resamples of the articles; {@code --against DIR} also analyses the
 * articles with the model in DIR and prints its totals and the interval of the difference (this model minus
 * that one) over the same resamples ({@link Bootstrap}).
 */
public final class ArticleEvaluation {

    private ArticleEvaluation() {}

    /**
     * @param args options, the articles file, then optionally the model directory and precision
     * @throws Exception when a file or the model cannot be read
     */
    public static void main(String[] args) throws Exception {
        String split = "all";
        boolean verbose = false;
        boolean tune = false;
        int bootstrap = 0;
        Path against = null;
        ReadingContext context = ReadingContext.NONE;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--verbose" -> verbose = true;
                case "--tune" -> tune = true;
                case "--bootstrap" -> bootstrap = Integer.parseInt(args[++i]);
                case "--against" -> against = Path.of(args[++i]);
                case "--context" -> context = ReadingContext.valueOf(args[++i].toUpperCase(Locale.ROOT));
                default -> rest.add(args[i]);
            }
        }
        if (rest.isEmpty() || !Files.isRegularFile(Path.of(rest.get(0)))) {
            System.err.println("usage: ArticleEvaluation [--split dev|test|all] [--verbose] [--tune] [--bootstrap N] [--against DIR] "
                    + "[--context none|title|previous] FILE [MODEL_DIR [PRECISION]]");
            System.exit(2);
        }
        if (tune && !split.equals("dev")) {
            System.err.println("--tune looks at the dev split only: add --split dev");
            System.exit(2);
        }
        String wanted = split;
        List<GoldArticle> articles = GoldArticle.read(Path.of(rest.get(0))).stream()
                .filter(a -> wanted.equals("all") ? !a.split().equals("train") : a.split().equals(wanted)).toList();
        Path modelDir = Path.of(rest.size() > 1 ? rest.get(1) : "model/toneline-tsc");
        String precision = rest.size() > 2 ? rest.get(2) : "auto";
        List<Analysis> analyses = new ArrayList<>();
        try (ToneModel model = ToneModel.load(modelDir, 4096, precision)) {
            System.out.printf(Locale.ROOT, "model=%s version=%s precision=%s cpu=%s split=%s%n", model.info().name(),
                    model.info().version(), model.precision().id(), model.cpu().describe(), split);
            Analyzer analyzer = new Analyzer(new ActorFinder(Gazetteer.load()), model::score, ShiftDetector.standard(),
                    Analysis.ModelRef.of(model), Analyzer.Budget.GENEROUS).withContext(context);
            System.out.println("context=" + context.name().toLowerCase(Locale.ROOT));
            for (GoldArticle a : articles) {
                analyses.add(analyzer.analyze(new ArticleRequest(a.text(), a.title(), List.of(), false)));
            }
        }
        if (tune) {
            tune(articles, analyses);
            return;
        }
        List<ArticleScore> scores = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleScore s = ArticleScore.of(articles.get(i), analyses.get(i));
            scores.add(s);
            System.out.println(articles.get(i).id() + " " + Totals.of(List.of(s)).line().replaceFirst("articles=1 ", ""));
            if (verbose) {
                s.notes().forEach(n -> System.out.println("    " + n));
            }
        }
        if (against != null) {
            List<Analysis> others = analyse(against, precision, context, articles);
            List<ArticleScore> theirs = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                theirs.add(ArticleScore.of(articles.get(i), others.get(i)));
            }
            System.out.println("against " + against + " " + Totals.of(theirs).line());
            System.out.println(Bootstrap.line(scores, theirs, Math.max(bootstrap, 1000), 13));
        }
        if (bootstrap > 0) {
            System.out.println(Bootstrap.line(scores, null, bootstrap, 13));
        }
        System.out.println(Totals.of(scores).line());
    }

    private static List<Analysis> analyse(Path modelDir, String precision, ReadingContext context,
            List<GoldArticle> articles) throws java.io.IOException {
        List<Analysis> analyses = new ArrayList<>();
        try (ToneModel model = ToneModel.load(modelDir, 4096, precision)) {
            Analyzer analyzer = new Analyzer(new ActorFinder(Gazetteer.load()), model::score, ShiftDetector.standard(),
                    Analysis.ModelRef.of(model), Analyzer.Budget.GENEROUS).withContext(context);
            for (GoldArticle a : articles) {
                analyses.add(analyzer.analyze(new ArticleRequest(a.text(), a.title(), List.of(), false)));
            }
        }
        return analyses;
    }

    private static void tune(List<GoldArticle> articles, List<Analysis> analyses) {
        double[] penalties = {0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8};
        double[] neutral = {1.0, 1.5, 2.0, 3.0, 1e9};
        List<String> lines = new ArrayList<>();
        for (double pen : penalties) {
            for (double nw : neutral) {
                ShiftDetector d = new ShiftDetector(new ShiftDetector.Params(pen, nw, 0.75));
                List<ArticleScore> scores = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    scores.add(ArticleScore.of(articles.get(i), Redetect.with(analyses.get(i), d)));
                }
                Totals t = Totals.of(scores);
                lines.add(String.format(Locale.ROOT, "%s penalty=%.2f neutral_weight=%s %s",
                        t.precision() >= t.recall() ? "ok " : "   ", pen, nw > 1e8 ? "inf" : String.valueOf(nw), t.line()));
            }
        }
        lines.forEach(System.out::println);
    }
}
