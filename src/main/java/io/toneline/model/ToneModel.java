package io.toneline.model;

import io.toneline.errors.ModelFailureException;
import io.toneline.model.cpu.CpuFeatures;
import io.toneline.model.cpu.Precision;
import io.toneline.model.windows.Featurizer;
import io.toneline.model.windows.BatchPlanner;
import io.toneline.model.windows.Window;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tone model loaded from a model directory ({@code model.pt}, {@code tokenizer.json},
 * {@code metadata.json}) through DJL's PyTorch engine, and the plain-Java entry point to it:
 * texts with target spans in, per-target probabilities of both heads out.
 *
 * <p>The precision is chosen at load ({@link Precision#resolve}): the bfloat16 weights of the file are
 * converted once by the module's own {@code set_precision} method. libtorch's threads are set by
 * {@link EngineSettings} before the engine starts. Thread-safe: forwards are serialised over one reused
 * {@link Predictor}.
 */
public final class ToneModel implements AutoCloseable {

    private volatile ScoringObserver observer = ScoringObserver.NONE;

    private final ModelInfo info;
    private final Featurizer featurizer;
    private final HuggingFaceTokenizer tokenizer;
    private final ZooModel<List<Window>, float[][][]> model;
    private final Predictor<List<Window>, float[][][]> predictor;
    private final int maxBatchTokens;
    private final Precision precision;
    private final CpuFeatures cpu;
    private final ModelInfo.Head relations;
    private final ModelInfo.Head sentiment;

    private ToneModel(ModelInfo info, HuggingFaceTokenizer tokenizer, ZooModel<List<Window>, float[][][]> model,
            int maxBatchTokens, Precision precision, CpuFeatures cpu) {
        this.info = info;
        this.tokenizer = tokenizer;
        this.featurizer = new Featurizer(tokenizer, info.maxTokens(), info.clsId(), info.sepId());
        this.model = model;
        this.predictor = model.newPredictor();
        this.maxBatchTokens = maxBatchTokens;
        this.precision = precision;
        this.cpu = cpu;
        this.relations = info.head(ModelInfo.RELATIONS);
        this.sentiment = info.head(ModelInfo.SENTIMENT);
    }

    /**
     * Loads a model directory in the precision {@code auto} picks for this CPU.
     *
     * @param dir directory holding model.pt, tokenizer.json and metadata.json
     * @param maxBatchTokens the most padded tokens (windows x longest window) in one forward
     * @return the loaded model
     * @throws IOException when a file is missing or unreadable
     */
    public static ToneModel load(Path dir, int maxBatchTokens) throws IOException {
        return load(dir, maxBatchTokens, "auto");
    }

    /**
     * Loads a model directory.
     *
     * @param dir directory holding model.pt, tokenizer.json and metadata.json
     * @param maxBatchTokens the most padded tokens (windows x longest window) in one forward
     * @param precision {@code auto}, {@code float32}, {@code bfloat16} or {@code int8}
     * @return the loaded model
     * @throws IOException when a file is missing or unreadable
     */
    public static ToneModel load(Path dir, int maxBatchTokens, String precision) throws IOException {
        return load(dir, maxBatchTokens, precision, EngineSettings.standard());
    }

    /**
     * Loads a model directory with the given engine settings (in force if this load starts the engine).
     *
     * @param dir directory holding model.pt, tokenizer.json and metadata.json
     * @param maxBatchTokens the most padded tokens (windows x longest window) in one forward
     * @param precision {@code auto}, {@code float32}, {@code bfloat16} or {@code int8}
     * @param engine libtorch's threads
     * @return the loaded model
     * @throws IOException when a file is missing or unreadable
     */
    public static ToneModel load(Path dir, int maxBatchTokens, String precision, EngineSettings engine)
            throws IOException {
        Path meta = dir.resolve("metadata.json");
        if (!Files.isRegularFile(meta)) {
            throw new IOException("no metadata.json in model directory " + dir.toAbsolutePath());
        }
        ModelInfo info = new ObjectMapper().readValue(meta.toFile(), ModelInfo.class);
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                dir.resolve("tokenizer.json"),
                Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        CpuFeatures cpu = CpuFeatures.detect();
        Precision chosen = Precision.resolve(precision, cpu, info.int8Accurate());
        engine.apply(); // before criteria.loadModel() starts the engine, which reads them once
        Criteria<List<Window>, float[][][]> criteria = Criteria.builder()
                .setTypes(Window.LIST, float[][][].class)
                .optModelPath(dir)
                .optModelName("model")
                .optEngine("PyTorch")
                .optTranslator(new ToneTranslator(info))
                .build();
        try {
            ZooModel<List<Window>, float[][][]> zoo = criteria.loadModel();
            PtSymbolBlock block = (PtSymbolBlock) zoo.getBlock();
            try (IValue p = IValue.from(chosen.id());
                    IValue done = IValueUtils.runMethod(block, "set_precision", p)) {
                if (!chosen.id().equals(done.toStringValue())) {
                    throw new MalformedModelException("set_precision answered " + done.toStringValue());
                }
            }
            return new ToneModel(info, tokenizer, zoo, maxBatchTokens, chosen, cpu);
        } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
            tokenizer.close();
            throw new IOException("cannot load the model in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** @return the artifact's metadata */
    public ModelInfo info() {
        return info;
    }

    /** @return the precision the model computes in */
    public Precision precision() {
        return precision;
    }

    /** @return the CPU features that the precision was chosen from */
    public CpuFeatures cpu() {
        return cpu;
    }

    /** @return the featurizer (tokenisation and windows) that this model uses */
    public Featurizer featurizer() {
        return featurizer;
    }

    /** @return the DJL engine name and version, for logs */
    public String engineDescription() {
        return model.getNDManager().getEngine().getEngineName() + " "
                + model.getNDManager().getEngine().getVersion();
    }

    /**
     * Tokenises one text into its windows, for queueing with an exact token count.
     *
     * @param input a text and its targets
     * @return the text with its windows
     */
    public Prepared prepare(ToneInput input) {
        return new Prepared(input, featurizer.windows(0, input));
    }

    /**
     * Scores every target of every input; texts of any length.
     *
     * @param inputs texts with their targets
     * @return per input, per target (in the order given), its tone
     */
    public List<List<TargetTone>> score(List<ToneInput> inputs) {
        long t0 = System.nanoTime();
        List<Prepared> prepared = new ArrayList<>(inputs.size());
        for (ToneInput in : inputs) {
            prepared.add(prepare(in));
        }
        observer.tokenized(System.nanoTime() - t0);
        return scorePrepared(prepared);
    }

    /**
     * Scores texts that were cut into windows before: all their windows are planned into forward
     * passes once ({@link BatchPlanner}), by exact padded tokens.
     *
     * @param texts texts with their windows
     * @return per text, per target (in the order given), its tone
     */
    public List<List<TargetTone>> scorePrepared(List<Prepared> texts) {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (Window w : texts.get(i).windows()) {
                windows.add(new Window(i, w.ids(), w.mentionTokens(), w.targets()));
            }
        }
        ScoringObserver obs = observer;
        TargetTone[][] tones = new TargetTone[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            tones[i] = new TargetTone[texts.get(i).input().targets().size()];
        }
        for (List<Window> batch : BatchPlanner.plan(windows, maxBatchTokens)) {
            long f0 = System.nanoTime();
            float[][][] probs = forward(batch);
            int tokens = batch.stream().mapToInt(Window::length).sum();
            obs.forwarded(System.nanoTime() - f0, batch.size(), tokens,
                    batch.size() * batch.stream().mapToInt(Window::length).max().orElse(0));
            for (int w = 0; w < batch.size(); w++) {
                Window win = batch.get(w);
                ToneInput in = texts.get(win.input()).input();
                for (int j = 0; j < win.targets().length; j++) {
                    float[] p = probs[w][j];
                    tones[win.input()][win.targets()[j]] = new TargetTone(in.targets().get(win.targets()[j]),
                            slice(p, relations), slice(p, sentiment));
                }
            }
        }
        List<List<TargetTone>> out = new ArrayList<>(texts.size());
        for (TargetTone[] t : tones) {
            out.add(List.of(t));
        }
        return out;
    }

    private static float[] slice(float[] p, ModelInfo.Head head) {
        return java.util.Arrays.copyOfRange(p, head.offset(), head.offset() + head.labels().size());
    }

    /** @param observer told about tokenising and forward passes from now on */
    public void observe(ScoringObserver observer) {
        this.observer = observer == null ? ScoringObserver.NONE : observer;
    }

    /**
     * One forward pass over a batch of windows.
     *
     * @param windows the batch
     * @return per window, per mention, the probabilities of every head's classes (metadata order)
     */
    public synchronized float[][][] forward(List<Window> windows) {
        try {
            return predictor.predict(windows);
        } catch (TranslateException e) {
            throw new ModelFailureException("tone model forward failed: " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} */
    @Override
    public synchronized void close() {
        predictor.close();
        model.close();
        tokenizer.close();
    }
}
