package io.toneline.evaluation;

import io.toneline.model.Polarity;
import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;
import io.toneline.model.ToneModel;
import io.toneline.model.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation command: scores a NewsMTSC-format file with the same Java inference code the
 * service uses ({@link ToneModel}) and prints macro-F1, accuracy, per-class F1 and throughput.
 * The last line is exactly {@code macro_f1=0.XXXX accuracy=0.XXXX n=N}, for scripts.
 *
 * <p>Usage: {@code EvaluateMain FILE [MODEL_DIR]} (model directory defaults to
 * {@code model/toneline-tsc}).
 */
public final class EvaluateMain {

    private EvaluateMain() {}

    /**
     * @param args the data file, then optionally the model directory
     * @throws Exception when the file or the model cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: evaluate FILE [MODEL_DIR]   (FILE in NewsMTSC JSON-lines format)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Path modelDir = Path.of(args.length > 1 ? args[1] : "model/toneline-tsc");
        if (!Files.isRegularFile(file)) {
            System.err.println("no such file: " + file);
            System.exit(2);
        }
        List<LabelledText> texts = NewsMtsc.read(file);
        try (ToneModel model = ToneModel.load(modelDir, 4096)) {
            Result r = evaluate(model, texts);
            System.out.printf(Locale.ROOT, "model=%s version=%s engine=%s file=%s%n", model.info().name(),
                    model.info().version(), model.engineDescription(), file);
            for (Polarity c : Polarity.values()) {
                System.out.printf(Locale.ROOT, "f1_%s=%.4f%n", c.name().toLowerCase(Locale.ROOT), r.confusion().f1(c));
            }
            System.out.printf(Locale.ROOT, "texts=%d tokens=%d seconds=%.2f tokens_per_second=%.0f%n",
                    texts.size(), r.tokens(), r.seconds(), r.tokens() / r.seconds());
            System.out.printf(Locale.ROOT, "macro_f1=%.4f accuracy=%.4f n=%d%n", r.confusion().macroF1(),
                    r.confusion().accuracy(), r.confusion().total());
        }
    }

    /**
     * Figures of one evaluation run.
     *
     * @param confusion predicted against gold classes
     * @param tokens tokens scored (special tokens included, padding excluded)
     * @param seconds wall time of the scoring, warm-up excluded
     */
    public record Result(Confusion confusion, long tokens, double seconds) {}

    /**
     * Scores the texts (after one warm-up pass over a few of them).
     *
     * @param model the tone model
     * @param texts labelled texts
     * @return the figures
     */
    public static Result evaluate(ToneModel model, List<LabelledText> texts) {
        List<ToneInput> inputs = new ArrayList<>(texts.size());
        long tokens = 0;
        for (LabelledText t : texts) {
            inputs.add(t.input());
            for (Window w : model.featurizer().windows(0, t.input())) {
                tokens += w.length();
            }
        }
        model.score(inputs.subList(0, Math.min(32, inputs.size())));
        long t0 = System.nanoTime();
        List<List<TargetTone>> tones = model.score(inputs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Confusion confusion = new Confusion();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < tones.get(i).size(); j++) {
                confusion.add(texts.get(i).gold().get(j), tones.get(i).get(j).polarity());
            }
        }
        return new Result(confusion, tokens, seconds);
    }
}
