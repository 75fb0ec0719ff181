package io.toneline.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.Analyzer;
import io.toneline.analysis.ArticleRequest;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.timeline.ShiftDetector;
import io.toneline.model.cpu.CpuFeatures;
import io.toneline.model.ToneInput;
import io.toneline.model.ToneModel;
import io.toneline.model.ToneTranslator;
import io.toneline.model.windows.BatchPlanner;
import io.toneline.model.windows.Window;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The speed benchmark, in one run on one machine: the CPU and its flags first; then for each
 * precision the model's throughput (tokens per second, padding excluded) over batches of 32 windows
 * taken from the articles' scored paragraphs, and the latency (p50/p95) of whole-article analyses
 * after warm-up; then ONNX Runtime on the same weights exported to ONNX (float32), over the same
 * batches. Usage: {@code Benchmark [RUNS] [--onnx FILE] [--precisions p,q] ARTICLE...}.
 */
public final class Benchmark {

    private static final int BATCH = 32;

    private Benchmark() {}

    /**
     * @param args optional run count, options, then article files
     * @throws Exception when a file or a model cannot be read
     */
    public static void main(String[] args) throws Exception {
        int runs = 20;
        Path onnx = null;
        List<String> precisions = List.of("float32", "int8", "bfloat16");
        List<Path> articles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].matches("\\d+")) {
                runs = Integer.parseInt(args[i]);
            } else if (args[i].equals("--onnx")) {
                onnx = Path.of(args[++i]);
            } else if (args[i].equals("--precisions")) {
                precisions = List.of(args[++i].split(","));
            } else {
                articles.add(Path.of(args[i]));
            }
        }
        Path modelDir = Path.of(System.getProperty("toneline.model.dir", "model/toneline-tsc"));
        CpuFeatures cpu = CpuFeatures.detect();
        System.out.printf(Locale.ROOT, "cpu=\"%s\" flags=%s cores=%d native_bf16=%s%n", cpu.model(),
                new TreeSet<>(cpu.flags()), Runtime.getRuntime().availableProcessors(), cpu.nativeBf16());
        List<String> texts = new ArrayList<>();
        for (Path a : articles) {
            texts.add(Files.readString(a, StandardCharsets.UTF_8));
        }
        List<List<Window>> batches = null;
        for (String precision : precisions) {
            try (ToneModel model = ToneModel.load(modelDir, 4096, precision)) {
                if (batches == null) {
                    batches = batches(model, texts);
                }
                double tps = throughput(batches, model::forward, runs);
                System.out.printf(Locale.ROOT,
                        "engine=djl-libtorch precision=%s batch=%d windows=%d tokens_per_second=%.0f%n",
                        model.precision().id(), BATCH, batches.stream().mapToInt(List::size).sum(), tps);
                Analyzer analyzer = new Analyzer(new ActorFinder(Gazetteer.load()), model::score,
                        ShiftDetector.standard(), Analysis.ModelRef.of(model),
                        Analyzer.Budget.GENEROUS);
                for (int i = 0; i < articles.size(); i++) {
                    latency(analyzer, model, articles.get(i), texts.get(i), model.precision().id(), runs);
                }
            }
        }
        if (onnx != null && batches != null) {
            onnxRuntime(onnx, batches, runs);
        }
    }

    /** The windows that analysing the articles scores, sorted by length, in batches of 32. */
    private static List<List<Window>> batches(ToneModel model, List<String> texts) {
        List<ToneInput> inputs = new ArrayList<>();
        Analyzer recording = new Analyzer(new ActorFinder(Gazetteer.load()), in -> {
            inputs.addAll(in);
            return model.score(in);
        }, ShiftDetector.standard(), Analysis.ModelRef.of(model), Analyzer.Budget.GENEROUS);
        for (String text : texts) {
            recording.analyze(new ArticleRequest(text, null, List.of(), false));
        }
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            windows.addAll(model.featurizer().windows(i, inputs.get(i)));
        }
        windows.sort(Comparator.comparingInt(Window::length));
        List<List<Window>> out = new ArrayList<>();
        for (int s = 0; s < windows.size(); s += BATCH) {
            out.add(windows.subList(s, Math.min(windows.size(), s + BATCH)));
        }
        return out;
    }

    private interface Forward {
        void run(List<Window> batch) throws Exception;
    }

    /** Tokens per second over all batches: the best of the timed rounds after one warm-up round. */
    private static double throughput(List<List<Window>> batches, Forward forward, int runs) throws Exception {
        long tokens = batches.stream().flatMap(List::stream).mapToLong(Window::length).sum();
        for (List<Window> b : batches) {
            forward.run(b);
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < Math.max(3, runs / 4); r++) {
            long t0 = System.nanoTime();
            for (List<Window> b : batches) {
                forward.run(b);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return tokens / best;
    }

    private static void latency(Analyzer analyzer, ToneModel model, Path file, String text, String precision,
            int runs) {
        ArticleRequest request = new ArticleRequest(text, null, List.of(), false);
        // the windows this article costs, and the passes the planner cuts them into
        List<Window> windows = new ArrayList<>();
        for (ToneInput in : analyzer.inputs(request)) {
            windows.addAll(model.prepare(in).windows());
        }
        List<List<Window>> passes = BatchPlanner.plan(windows, 4096);
        long real = windows.stream().mapToLong(Window::length).sum();
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
        long mentions = warm.paragraphs().stream().mapToLong(p -> p.tones().stream()
                .mapToLong(t -> t.mentions().size()).sum()).sum();
        System.out.printf(Locale.ROOT,
                "article=%s precision=%s paragraphs=%d scored_paragraphs=%d mentions_scored=%d windows=%d "
                        + "real_tokens=%d padded_tokens=%d padding_ratio=%.3f passes=%d runs=%d "
                        + "p50_ms=%.1f p95_ms=%.1f min_ms=%.1f max_ms=%.1f%n",
                file.getFileName(), precision, warm.paragraphs().size(), scored, mentions, windows.size(), real,
                Math.round(real * BatchPlanner.paddingRatio(passes)), BatchPlanner.paddingRatio(passes), passes.size(),
                runs, ms[runs / 2],
                ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], ms[0], ms[runs - 1]);
    }

    private static void onnxRuntime(Path onnx, List<List<Window>> batches, int runs) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
            options.setInterOpNumThreads(1);
            try (OrtSession session = env.createSession(onnx.toString(), options)) {
                double tps = throughput(batches, b -> run(env, session, b), runs);
                System.out.printf(Locale.ROOT,
                        "engine=onnxruntime-%s precision=float32 batch=%d tokens_per_second=%.0f%n",
                        env.getVersion(), BATCH, tps);
            }
        }
    }

    private static void run(OrtEnvironment env, OrtSession session, List<Window> windows) throws OrtException {
        ToneTranslator.Batch x = ToneTranslator.Batch.of(windows);
        try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(x.ids()), new long[] {x.b(), x.t()});
                OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(x.mask()), new long[] {x.b(), x.t()});
                OnnxTensor targets = OnnxTensor.createTensor(env, FloatBuffer.wrap(x.targets()),
                        new long[] {x.b(), x.k(), x.t()});
                OrtSession.Result r = session.run(
                        Map.of("input_ids", ids, "attention_mask", mask, "target_mask", targets))) {
            r.get(0);
        }
    }
}
