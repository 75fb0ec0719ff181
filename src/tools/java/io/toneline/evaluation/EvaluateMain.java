package io.toneline.evaluation;

import io.toneline.analysis.timeline.ToneLabel;
import io.toneline.model.Polarity;
import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;
import io.toneline.model.ToneModel;
import io.toneline.model.windows.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation command: scores a labelled file ({@link LabelledData}: NewsMTSC or relations format)
 * with the same Java inference code the service uses ({@link ToneModel}) and prints the figures of
 * each head that the file has labels for, then throughput.
 *
 * <p>The last line is, for scripts: {@code relations_macro_f1=0.XXXX exact=0.XXXX within_one=0.XXXX n=N}
 * when the file has relations labels (3-way macro-F1: hostile+critical / neutral /
 * cooperative+conciliatory; 5-level exact accuracy; share within one level), otherwise
 * {@code macro_f1=0.XXXX accuracy=0.XXXX n=N} for the sentiment head.
 *
 * <p>Usage: {@code EvaluateMain FILE [MODEL_DIR [PRECISION]]} (model directory defaults to
 * {@code model/toneline-tsc}, precision to {@code auto}).
 */
public final class EvaluateMain {

    private EvaluateMain() {}

    /**
     * @param args the data file, then optionally the model directory and the precision
     * @throws Exception when the file or the model cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: evaluate FILE [MODEL_DIR [auto|float32|bfloat16|int8]]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Path modelDir = Path.of(args.length > 1 ? args[1] : "model/toneline-tsc");
        String precision = args.length > 2 ? args[2] : "auto";
        if (!Files.isRegularFile(file)) {
            System.err.println("no such file: " + file);
            System.exit(2);
        }
        List<LabelledText> texts = LabelledData.read(file);
        try (ToneModel model = ToneModel.load(modelDir, 4096, precision)) {
            Result r = evaluate(model, texts);
            System.out.printf(Locale.ROOT, "model=%s version=%s engine=%s precision=%s cpu=%s file=%s%n",
                    model.info().name(), model.info().version(), model.engineDescription(), model.precision().id(),
                    model.cpu().describe(), file);
            System.out.printf(Locale.ROOT, "texts=%d tokens=%d seconds=%.2f tokens_per_second=%.0f%n",
                    texts.size(), r.tokens(), r.seconds(), r.tokens() / r.seconds());
            if (r.sentiment().total() > 0) {
                for (Polarity c : Polarity.values()) {
                    System.out.printf(Locale.ROOT, "f1_%s=%.4f%n", c.name().toLowerCase(Locale.ROOT),
                            r.sentiment().f1(c.ordinal()));
                }
                System.out.printf(Locale.ROOT, "macro_f1=%.4f accuracy=%.4f n=%d%n", r.sentiment().macroF1(),
                        r.sentiment().accuracy(), r.sentiment().total());
            }
            if (r.levels().total() > 0) {
                for (int c = 0; c < LabelledData.LEVELS.size(); c++) {
                    System.out.printf(Locale.ROOT, "f1_%s=%.4f%n", LabelledData.LEVELS.get(c), r.levels().f1(c));
                }
                System.out.printf(Locale.ROOT, "relations_macro_f1_from_score_alone=%.4f%n",
                        r.byScore().macroF1());
                System.out.printf(Locale.ROOT, "relations_macro_f1=%.4f exact=%.4f within_one=%.4f n=%d%n",
                        r.threeWay().macroF1(), r.levels().accuracy(), r.levels().withinOne(), r.levels().total());
            }
        }
    }

    /**
     * Figures of one evaluation run.
     *
     * @param sentiment sentiment head: predicted against gold classes (targets with a sentiment label)
     * @param levels relations head: predicted against gold levels, 5 x 5 (targets with a relations label)
     * @param threeWay the same collapsed to hostile+critical / neutral / cooperative+conciliatory
     * @param byScore 3-way, with the level taken from the relations score alone (for comparison)
     * @param tokens tokens scored (special tokens included, padding excluded)
     * @param seconds wall time of the scoring, warm-up excluded
     */
    public record Result(Confusion sentiment, Confusion levels, Confusion threeWay, Confusion byScore,
            long tokens, double seconds) {

        /**
         * @return empty matrices, for counting
         */
        public static Result empty() {
            return new Result(Confusion.sentiment(), new Confusion(5), new Confusion(3), new Confusion(3), 0, 0);
        }

    }

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
        Result r = new Result(Confusion.sentiment(), new Confusion(5), new Confusion(3), new Confusion(3), tokens,
                seconds);
        String dumpFile = System.getProperty("toneline.evaluation.dump");
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < tones.get(i).size(); j++) {
                add(r, texts.get(i), j, tones.get(i).get(j).sentiment(), tones.get(i).get(j).relations());
                if (dumpFile == null) {
                    continue;
                }
                dump.append(texts.get(i).relations()[j]).append(' ').append(texts.get(i).sentiment()[j])
                        .append(' ').append(java.util.Arrays.toString(tones.get(i).get(j).relations()))
                        .append(' ').append(java.util.Arrays.toString(tones.get(i).get(j).sentiment())).append('\n');
            }
        }
        if (dumpFile != null) {
            // per target: gold level, gold sentiment (-1 when none), level and sentiment probabilities
            try {
                java.nio.file.Files.writeString(Path.of(dumpFile), dump);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return r;
    }

    /**
     * Counts one target's predictions against its gold labels.
     *
     * @param r where to count
     * @param text the labelled text
     * @param target index of the target in the text
     * @param sentiment predicted sentiment probabilities
     * @param relations predicted relations level probabilities
     */
    public static void add(Result r, LabelledText text, int target, float[] sentiment, float[] relations) {
        if (text.sentiment()[target] != LabelledText.NONE) {
            r.sentiment().add(text.sentiment()[target], TargetTone.argmax(sentiment));
        }
        int gold = text.relations()[target];
        if (gold != LabelledText.NONE) {
            // the level the service reports
            int predicted = ToneLabel.of(relations).ordinal();
            r.levels().add(gold, predicted);
            r.threeWay().add(Confusion.threeWay(gold), Confusion.threeWay(predicted));
            r.byScore().add(Confusion.threeWay(gold),
                    Confusion.threeWay(ToneLabel.of(TargetTone.relationsScore(relations)).ordinal()));
        }
    }
}
