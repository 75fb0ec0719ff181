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
import io.toneline.evaluation.EvaluateMain;
import io.toneline.evaluation.LabelledData;
import io.toneline.evaluation.LabelledText;
import io.toneline.model.windows.Featurizer;
import io.toneline.model.ModelInfo;
import io.toneline.model.ToneTranslator;
import io.toneline.model.windows.Window;

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
 * the service scores them. Two heads learn together from the one encoder pass: relations (five
 * levels, Toneline's own annotations) and sentiment (NewsMTSC's three classes); a target may carry
 * either label or both, and each loss counts only the targets that have its label. Loss:
 * cross-entropy with label smoothing, relations plus sentiment. AdamW, linear warm-up then cosine
 * decay. After each epoch the dev sets are scored; the epoch with the best selection score (half the
 * relations 3-way macro-F1, a quarter each of dev_rw and dev_mt sentiment macro-F1) is kept and
 * written as an .npz of named weights, which the export script turns into the shipped artifact.
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
        List<TrainingRow> train = rows(featurizer, LabelledData.read(args.path("train")));
        int multiRepeat = args.integer("multi-target-repeat", 1);
        if (multiRepeat > 1) {
            // dev_mt and the service score several targets per text; the training set is 87 %
            // single-target sentences, so texts with several targets are seen more often
            List<TrainingRow> expanded = new ArrayList<>(train);
            for (TrainingRow r : train) {
                if (r.sentiment().length > 1) {
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
        float distillWeight = args.number("distill-weight", 0.5f);
        if (!args.string("teacher", "").isEmpty()) {
            // a student learns the teacher's probabilities on every mention, both heads, besides the gold labels
            train = Distillation.withTeacher(Path.of(args.string("teacher", "")), train);
        }
        List<LabelledText> devRw = LabelledData.read(args.path("dev-rw"));
        List<LabelledText> devMt = LabelledData.read(args.path("dev-mt"));
        List<LabelledText> devRel = LabelledData.read(args.path("dev-rel"));
        float relationsWeight = args.number("relations-weight", 1f);
        System.out.printf("train windows=%d dev_rw texts=%d dev_mt texts=%d dev_rel texts=%d%n", train.size(),
                devRw.size(), devMt.size(), devRel.size());

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
                            NDArray loss = smoothedLoss(sub, logits.get(":, :, 0:3"), batch, smoothing, false)
                                    .add(smoothedLoss(sub, logits.get(":, :, 3:8"), batch, smoothing, true)
                                            .mul(relationsWeight));
                            if (batch.get(0).teacher() != null) {
                                loss = loss.mul(1 - distillWeight)
                                        .add(Distillation.softLoss(sub, logits, batch).mul(distillWeight));
                            }
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
                Confusion rw = evaluate(trainer, featurizer, devRw).sentiment();
                Confusion mt = evaluate(trainer, featurizer, devMt).sentiment();
                EvaluateMain.Result rel = evaluate(trainer, featurizer, devRel);
                double score = rel.threeWay().macroF1() / 2 + (rw.macroF1() + mt.macroF1()) / 4;
                System.out.printf("epoch %d loss %.4f train %.0f s dev_rw macro_f1=%.4f dev_mt macro_f1=%.4f "
                        + "relations_macro_f1=%.4f exact=%.4f within_one=%.4f selection=%.4f%n",
                        epoch, lossSum / step, trainSeconds, rw.macroF1(), mt.macroF1(), rel.threeWay().macroF1(),
                        rel.levels().accuracy(), rel.levels().withinOne(), score);
                ObjectNode e = history.addObject();
                e.put("epoch", epoch).put("loss", lossSum / step).put("train_seconds", trainSeconds)
                        .put("dev_rw_macro_f1", rw.macroF1()).put("dev_rw_accuracy", rw.accuracy())
                        .put("dev_mt_macro_f1", mt.macroF1()).put("dev_mt_accuracy", mt.accuracy())
                        .put("dev_relations_macro_f1", rel.threeWay().macroF1())
                        .put("dev_relations_exact", rel.levels().accuracy())
                        .put("dev_relations_within_one", rel.levels().withinOne()).put("selection", score);
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
                int[] sentiment = new int[w.targets().length];
                int[] relations = new int[w.targets().length];
                for (int j = 0; j < sentiment.length; j++) {
                    sentiment[j] = text.sentiment()[w.targets()[j]];
                    relations[j] = text.relations()[w.targets()[j]];
                }
                rows.add(new TrainingRow(w, sentiment, relations, null));
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

    /** Mean label-smoothed cross-entropy of one head over the mentions of the batch that have its label. */
    static NDArray smoothedLoss(NDManager manager, NDArray logits, List<TrainingRow> batch, float smoothing,
            boolean relations) {
        long[] shape = logits.getShape().getShape();
        int b = (int) shape[0];
        int k = (int) shape[1];
        int n = (int) shape[2];
        float[] target = new float[b * k * n];
        float[] valid = new float[b * k];
        for (int i = 0; i < b; i++) {
            int[] labels = relations ? batch.get(i).relations() : batch.get(i).sentiment();
            for (int j = 0; j < labels.length; j++) {
                if (labels[j] == LabelledText.NONE) {
                    continue;
                }
                valid[i * k + j] = 1f;
                for (int c = 0; c < n; c++) {
                    target[(i * k + j) * n + c] = (c == labels[j] ? 1f - smoothing : 0f) + smoothing / n;
                }
            }
        }
        NDArray dist = manager.create(target, new Shape(b, k, n));
        return maskedMean(manager, logits.logSoftmax(-1).mul(dist).sum(new int[] {-1}).neg(), valid);
    }

    /**
     * @param manager for the mask
     * @param perMention a loss per mention, [batch, mentions]
     * @param valid 1 for the mentions that count, row-major
     * @return their mean; max(1, count), so a batch without any contributes nothing
     */
    static NDArray maskedMean(NDManager manager, NDArray perMention, float[] valid) {
        NDArray mask = manager.create(valid, perMention.getShape());
        return perMention.mul(mask).sum().div(mask.sum().maximum(1f));
    }

    static EvaluateMain.Result evaluate(Trainer trainer, Featurizer featurizer, List<LabelledText> texts) {
        EvaluateMain.Result result = EvaluateMain.Result.empty();
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            windows.addAll(featurizer.windows(i, texts.get(i).input()));
        }
        windows.sort(Comparator.comparingInt(Window::length));
        ToneTranslator translator = new ToneTranslator(new ModelInfo(null, null, ModelInfo.HEADS, 0, null, 0, 0,
                null, null, null));
        for (int s = 0; s < windows.size(); s += 32) {
            List<Window> batch = windows.subList(s, Math.min(windows.size(), s + 32));
            try (NDManager sub = trainer.getManager().newSubManager()) {
                NDArray logits = trainer.evaluate(ToneTranslator.toTensors(sub, batch)).singletonOrThrow();
                float[][][] probs = translator.processOutput(null, new NDList(logits));
                for (int w = 0; w < batch.size(); w++) {
                    Window win = batch.get(w);
                    for (int j = 0; j < win.targets().length; j++) {
                        float[] p = probs[w][j];
                        EvaluateMain.add(result, texts.get(win.input()), win.targets()[j],
                                java.util.Arrays.copyOfRange(p, 0, 3), java.util.Arrays.copyOfRange(p, 3, 8));
                    }
                }
            }
        }
        return result;
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
