package io.toneline.bench;

import io.toneline.analysis.ActorFinder;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.Analyzer;
import io.toneline.analysis.ArticleRequest;
import io.toneline.analysis.Gazetteer;
import io.toneline.analysis.ShiftDetector;
import io.toneline.model.ToneModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency benchmark of a whole article analysis (segmentation, actors, batched scoring,
 * trajectories, shifts) on the shipped model, in-process, after warm-up. Prints one line of
 * figures per article. Usage: {@code AnalysisBenchmark [RUNS] ARTICLE...}.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {}

    /**
     * @param args optional run count, then article files
     * @throws Exception when a file or the model cannot be read
     */
    public static void main(String[] args) throws Exception {
        int runs = 20;
        int first = 0;
        if (args.length > 0 && args[0].matches("\\d+")) {
            runs = Integer.parseInt(args[0]);
            first = 1;
        }
        String modelDir = System.getProperty("toneline.model.dir", "model/toneline-tsc");
        try (ToneModel model = ToneModel.load(Path.of(modelDir), 4096)) {
            Analyzer analyzer = new Analyzer(new ActorFinder(Gazetteer.load()), model::score,
                    new ShiftDetector(0.5, 2), new Analysis.ModelRef(model.info().name(), model.info().version()));
            System.out.printf(Locale.ROOT, "model=%s %s engine=%s threads=%s%n", model.info().name(),
                    model.info().version(), model.engineDescription(), Runtime.getRuntime().availableProcessors());
            for (String file : Arrays.copyOfRange(args, first, args.length)) {
                String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                ArticleRequest request = new ArticleRequest(text, null, List.of(), false);
                Analysis warm = null;
                for (int i = 0; i < 5; i++) {
                    warm = analyzer.analyze(request);
                }
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    analyzer.analyze(request);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                long scored = warm.paragraphs().stream().filter(p -> !p.tones().isEmpty()).count();
                long targets = warm.paragraphs().stream().mapToLong(p -> p.tones().stream()
                        .mapToLong(t -> t.mentions().size()).sum()).sum();
                System.out.printf(Locale.ROOT,
                        "article=%s paragraphs=%d scored_paragraphs=%d mentions_scored=%d actors=%d runs=%d "
                                + "p50_ms=%.1f p95_ms=%.1f min_ms=%.1f max_ms=%.1f%n",
                        Path.of(file).getFileName(), warm.paragraphs().size(), scored, targets, warm.actors().size(),
                        runs, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], ms[0],
                        ms[runs - 1]);
            }
        }
    }
}
