package io.toneline.model;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The tone model loaded from a model directory ({@code model.pt}, {@code tokenizer.json},
 * {@code metadata.json}) through DJL's PyTorch engine, and the plain-Java entry point to it:
 * texts with target spans in, per-target probabilities out. Thread-safe.
 */
public final class ToneModel implements AutoCloseable {

    static {
        // Never download anything; shapes vary per batch, so the profiling graph executor only
        // costs warm-up time (DJL's advice for dynamic shapes).
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        System.setProperty(
                "ai.djl.pytorch.graph_optimizer",
                System.getProperty("ai.djl.pytorch.graph_optimizer", "false"));
    }

    private final ModelInfo info;
    private final Featurizer featurizer;
    private final HuggingFaceTokenizer tokenizer;
    private final ZooModel<List<Window>, float[][][]> model;
    private final int maxBatchTokens;

    private ToneModel(ModelInfo info, HuggingFaceTokenizer tokenizer, ZooModel<List<Window>, float[][][]> model,
            int maxBatchTokens) {
        this.info = info;
        this.tokenizer = tokenizer;
        this.featurizer = new Featurizer(tokenizer, info.maxTokens(), info.clsId(), info.sepId());
        this.model = model;
        this.maxBatchTokens = maxBatchTokens;
    }

    /**
     * Loads a model directory.
     *
     * @param dir directory holding model.pt, tokenizer.json and metadata.json
     * @param maxBatchTokens the most padded tokens (windows x longest window) in one forward
     * @return the loaded model
     * @throws IOException when a file is missing or unreadable
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ToneModel load(Path dir, int maxBatchTokens) throws IOException {
        Path meta = dir.resolve("metadata.json");
        if (!Files.isRegularFile(meta)) {
            throw new IOException("no metadata.json in model directory " + dir.toAbsolutePath());
        }
        ModelInfo info = new ObjectMapper().readValue(meta.toFile(), ModelInfo.class);
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                dir.resolve("tokenizer.json"),
                Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        Criteria<List, float[][][]> criteria = Criteria.builder()
                .setTypes(List.class, float[][][].class)
                .optModelPath(dir)
                .optModelName("model")
                .optEngine("PyTorch")
                .optTranslator((ai.djl.translate.Translator) new ToneTranslator())
                .build();
        try {
            ZooModel zoo = criteria.loadModel();
            return new ToneModel(info, tokenizer, zoo, maxBatchTokens);
        } catch (ModelNotFoundException | MalformedModelException e) {
            tokenizer.close();
            throw new IOException("cannot load the model in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** @return the artifact's metadata */
    public ModelInfo info() {
        return info;
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
     * Scores every target of every input; texts of any length.
     *
     * @param inputs texts with their targets
     * @return per input, per target (in the order given), its tone
     */
    public List<List<TargetTone>> score(List<ToneInput> inputs) {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            windows.addAll(featurizer.windows(i, inputs.get(i)));
        }
        // similar lengths together: less padding
        windows.sort(Comparator.comparingInt(Window::length));
        TargetTone[][] tones = new TargetTone[inputs.size()][];
        for (int i = 0; i < inputs.size(); i++) {
            tones[i] = new TargetTone[inputs.get(i).targets().size()];
        }
        for (List<Window> batch : batches(windows, maxBatchTokens)) {
            float[][][] probs = forward(batch);
            for (int w = 0; w < batch.size(); w++) {
                Window win = batch.get(w);
                ToneInput in = inputs.get(win.input());
                for (int j = 0; j < win.targets().length; j++) {
                    float[] p = probs[w][j];
                    tones[win.input()][win.targets()[j]] =
                            new TargetTone(in.targets().get(win.targets()[j]), p[0], p[1], p[2]);
                }
            }
        }
        List<List<TargetTone>> out = new ArrayList<>(inputs.size());
        for (TargetTone[] t : tones) {
            out.add(List.of(t));
        }
        return out;
    }

    /**
     * Splits windows (sorted by length) into batches whose padded size stays within the budget.
     *
     * @param windows windows sorted by length
     * @param maxTokens budget: windows x longest window
     * @return consecutive batches, each with at least one window
     */
    public static List<List<Window>> batches(List<Window> windows, int maxTokens) {
        List<List<Window>> out = new ArrayList<>();
        List<Window> current = new ArrayList<>();
        int longest = 0;
        for (Window w : windows) {
            int l = Math.max(longest, w.length());
            if (!current.isEmpty() && l * (current.size() + 1) > maxTokens) {
                out.add(current);
                current = new ArrayList<>();
                l = w.length();
            }
            current.add(w);
            longest = l;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * One forward pass over a batch of windows.
     *
     * @param windows the batch
     * @return per window, per mention, probabilities (negative, neutral, positive)
     */
    public float[][][] forward(List<Window> windows) {
        try (Predictor<List<Window>, float[][][]> predictor = model.newPredictor()) {
            return predictor.predict(windows);
        } catch (TranslateException e) {
            throw new ModelFailureException("tone model forward failed: " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} */
    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }

    /** Raised when the model itself fails (not the caller's input). */
    public static final class ModelFailureException extends RuntimeException {
        /**
         * @param message what failed
         * @param cause the engine's error
         */
        public ModelFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
