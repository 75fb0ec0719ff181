package io.toneline.training;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.translate.NoopTranslator;
import ai.djl.util.Pair;

import io.toneline.evaluation.Confusion;
import io.toneline.evaluation.LabelledText;
import io.toneline.evaluation.NewsMtsc;
import io.toneline.model.Featurizer;
import io.toneline.model.Polarity;
import io.toneline.model.ToneTranslator;
import io.toneline.model.Window;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fine-tunes the tone model's TorchScript module through DJL's PyTorch engine.
 *
 * <p>Texts are grouped by sentence so that one pass trains all of a sentence's targets, exactly as
 * the service scores them. Loss: cross-entropy with label smoothing over every real mention.
 * AdamW, linear warm-up then cosine decay. After each epoch the dev sets are scored; the epoch with
 * the best mean of dev_rw and dev_mt macro-F1 is kept and written as an .npz of named weights,
 * which the export script turns into the shipped artifact.
 */
public final class TrainMain {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainMain() {}

    /**
     * Entry point; see model/train.sh for the arguments.
     *
     * @param argv {@code --key value} pairs
     * @throws Exception on any failure: training is a batch job
     */
    public static void main(String[] argv) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        Args args = new Args(argv);
        int epochs = args.integer("epochs", 6);
        int batchSize = args.integer("batch", 16);
        int maxTokens = args.integer("max-tokens", 160);
        float lr = args.number("lr", 5e-5f);
        float smoothing = args.number("label-smoothing", 0.1f);
        float warmup = args.number("warmup", 0.1f);
        int seed = args.integer("seed", 13);
        Path out = args.path("out");
        long started = System.nanoTime();

        Engine.getInstance().setRandomSeed(seed);
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(args.path("tokenizer"),
                Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        Featurizer featurizer = new Featurizer(tokenizer, maxTokens, 101, 102);
        List<TrainingRow> train = rows(featurizer, NewsMtsc.read(args.path("train")));
        int multiRepeat = args.integer("multi-target-repeat", 1);
        if (multiRepeat > 1) {
            // dev_mt and the service score several targets per text; the training set is 87 %
            // single-target sentences, so texts with several targets are seen more often
            List<TrainingRow> expanded = new ArrayList<>(train);
            for (TrainingRow r : train) {
                if (r.labels().length > 1) {
                    for (int i = 1; i < multiRepeat; i++) {
                        expanded.add(r);
                    }
                }
            }
            train = expanded;
        }
        int limit = args.integer("limit", 0);
        if (limit > 0) {
            // smoke runs of the pipeline only
            train = train.subList(0, Math.min(limit, train.size()));
        }
        List<LabelledText> devRw = NewsMtsc.read(args.path("dev-rw"));
        List<LabelledText> devMt = NewsMtsc.read(args.path("dev-mt"));
        System.out.printf("train windows=%d dev_rw texts=%d dev_mt texts=%d%n", train.size(), devRw.size(), devMt.size());

        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(args.path("base"))
                .optEngine("PyTorch")
                .optOption("trainParam", "true")
                .optTranslator(new NoopTranslator())
                .build();
        Random random = new Random(seed);
        int stepsPerEpoch = (train.size() + batchSize - 1) / batchSize;
        int total = stepsPerEpoch * epochs;
        ObjectNode report = JSON.createObjectNode();
        ArrayNode history = report.putArray("epochs");
        double bestScore = -1;
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss())
                        .optDevices(new Device[] {Device.cpu()})
                        .optOptimizer(Optimizer.adamW()
                                .optLearningRateTracker(new WarmupCosine(lr, (int) (total * warmup), total))
                                .optWeightDecays(0.01f)
                                .optClipGrad(1f)
                                .build()))) {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long t0 = System.nanoTime();
                double lossSum = 0;
                int step = 0;
                for (List<TrainingRow> batch : epochBatches(train, batchSize, random)) {
                    try (NDManager sub = trainer.getManager().newSubManager()) {
                        NDList inputs = ToneTranslator.toTensors(sub, batch.stream().map(TrainingRow::window).toList());
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDArray logits = trainer.forward(inputs).singletonOrThrow();
                            NDArray loss = smoothedLoss(sub, logits, batch, smoothing);
                            lossSum += loss.getFloat();
                            gc.backward(loss);
                        }
                        trainer.step();
                    }
                    if (++step % 100 == 0) {
                        System.out.printf("epoch %d step %d/%d loss %.4f (%.1f s)%n", epoch, step, stepsPerEpoch,
                                lossSum / step, (System.nanoTime() - t0) / 1e9);
                    }
                }
                double trainSeconds = (System.nanoTime() - t0) / 1e9;
                Confusion rw = evaluate(trainer, featurizer, devRw);
                Confusion mt = evaluate(trainer, featurizer, devMt);
                double score = (rw.macroF1() + mt.macroF1()) / 2;
                System.out.printf("epoch %d loss %.4f train %.0f s dev_rw macro_f1=%.4f acc=%.4f dev_mt macro_f1=%.4f acc=%.4f%n",
                        epoch, lossSum / step, trainSeconds, rw.macroF1(), rw.accuracy(), mt.macroF1(), mt.accuracy());
                ObjectNode e = history.addObject();
                e.put("epoch", epoch).put("loss", lossSum / step).put("train_seconds", trainSeconds)
                        .put("dev_rw_macro_f1", rw.macroF1()).put("dev_rw_accuracy", rw.accuracy())
                        .put("dev_mt_macro_f1", mt.macroF1()).put("dev_mt_accuracy", mt.accuracy());
                if (args.string("keep-epochs", "false").equals("true")) {
                    // for weight averaging over the last epochs (see model/pipeline/average.py)
                    saveWeights(model, out.resolveSibling("epoch-" + epoch + ".npz"));
                }
                if (score > bestScore) {
                    bestScore = score;
                    report.put("best_epoch", epoch);
                    saveWeights(model, out);
                    System.out.printf("epoch %d is the best so far; weights written to %s%n", epoch, out);
                }
            }
        }
        tokenizer.close();
        report.put("wall_seconds", (System.nanoTime() - started) / 1e9);
        report.put("epochs_run", epochs).put("batch", batchSize).put("max_tokens", maxTokens).put("lr", lr)
                .put("label_smoothing", smoothing).put("warmup", warmup).put("seed", seed)
                .put("multi_target_repeat", multiRepeat);
        Path reportFile = args.path("report");
        JSON.writerWithDefaultPrettyPrinter().writeValue(reportFile.toFile(), report);
        System.out.println("training report: " + reportFile);
    }

    static List<TrainingRow> rows(Featurizer featurizer, List<LabelledText> texts) {
        List<TrainingRow> rows = new ArrayList<>();
        for (LabelledText text : texts) {
            for (Window w : featurizer.windows(0, text.input())) {
                int[] labels = new int[w.targets().length];
                for (int j = 0; j < labels.length; j++) {
                    labels[j] = text.gold().get(w.targets()[j]).ordinal();
                }
                rows.add(new TrainingRow(w, labels));
            }
        }
        return rows;
    }

    /** Shuffled batches of similar length: shuffle, sort within pools of 50 batches, shuffle batches. */
    static List<List<TrainingRow>> epochBatches(List<TrainingRow> rows, int batchSize, Random random) {
        List<TrainingRow> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);
        List<List<TrainingRow>> batches = new ArrayList<>();
        int pool = batchSize * 50;
        for (int p = 0; p < shuffled.size(); p += pool) {
            List<TrainingRow> part = new ArrayList<>(shuffled.subList(p, Math.min(shuffled.size(), p + pool)));
            part.sort(Comparator.comparingInt(r -> r.window().length()));
            for (int b = 0; b < part.size(); b += batchSize) {
                batches.add(part.subList(b, Math.min(part.size(), b + batchSize)));
            }
        }
        Collections.shuffle(batches, random);
        return batches;
    }

    /** Mean label-smoothed cross-entropy over the real mentions of the batch. */
    static NDArray smoothedLoss(NDManager manager, NDArray logits, List<TrainingRow> batch, float smoothing) {
        long[] shape = logits.getShape().getShape();
        int b = (int) shape[0];
        int k = (int) shape[1];
        float[] target = new float[b * k * 3];
        float[] valid = new float[b * k];
        for (int i = 0; i < b; i++) {
            int[] labels = batch.get(i).labels();
            for (int j = 0; j < labels.length; j++) {
                valid[i * k + j] = 1f;
                for (int c = 0; c < 3; c++) {
                    target[(i * k + j) * 3 + c] = (c == labels[j] ? 1f - smoothing : 0f) + smoothing / 3;
                }
            }
        }
        NDArray dist = manager.create(target, new Shape(b, k, 3));
        NDArray mask = manager.create(valid, new Shape(b, k));
        NDArray perMention = logits.logSoftmax(-1).mul(dist).sum(new int[] {-1}).neg();
        return perMention.mul(mask).sum().div(mask.sum());
    }

    static Confusion evaluate(Trainer trainer, Featurizer featurizer, List<LabelledText> texts) {
        Confusion confusion = new Confusion();
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            windows.addAll(featurizer.windows(i, texts.get(i).input()));
        }
        windows.sort(Comparator.comparingInt(Window::length));
        ToneTranslator translator = new ToneTranslator();
        for (int s = 0; s < windows.size(); s += 32) {
            List<Window> batch = windows.subList(s, Math.min(windows.size(), s + 32));
            try (NDManager sub = trainer.getManager().newSubManager()) {
                NDArray logits = trainer.evaluate(ToneTranslator.toTensors(sub, batch)).singletonOrThrow();
                float[][][] probs = translator.processOutput(null, new NDList(logits));
                for (int w = 0; w < batch.size(); w++) {
                    Window win = batch.get(w);
                    for (int j = 0; j < win.targets().length; j++) {
                        float[] p = probs[w][j];
                        Polarity predicted = p[0] >= p[1] && p[0] >= p[2] ? Polarity.NEGATIVE
                                : p[2] > p[1] ? Polarity.POSITIVE : Polarity.NEUTRAL;
                        confusion.add(texts.get(win.input()).gold().get(win.targets()[j]), predicted);
                    }
                }
            }
        }
        return confusion;
    }

    static void saveWeights(ZooModel<NDList, NDList> model, Path out) throws Exception {
        NDList weights = new NDList();
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            NDArray a = p.getValue().getArray();
            NDArray copy = a.duplicate();
            copy.setName(p.getKey());
            weights.add(copy);
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            weights.encode(os, NDList.Encoding.NPZ);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        weights.close();
    }
}
