package io.toneline.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The metadata file that sits beside a model artifact ({@code metadata.json}).
 *
 * @param name artifact name, e.g. {@code toneline-tsc}
 * @param version artifact version
 * @param heads the output heads, in logit order: each names its columns of the output
 * @param maxTokens the most tokens per window, special tokens included
 * @param dtype weight type stored in the TorchScript file
 * @param clsId id of [CLS]
 * @param sepId id of [SEP]
 * @param provenance where the weights and data came from, and how it was trained
 * @param metrics dev-set figures recorded at training time
 * @param precisions dev-set figures per precision, and whether int8 is accurate enough to be chosen by {@code auto}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelInfo(
        String name,
        String version,
        List<Head> heads,
        int maxTokens,
        String dtype,
        long clsId,
        long sepId,
        JsonNode provenance,
        JsonNode metrics,
        JsonNode precisions) {

    /** Name of the relations head (hostile ... conciliatory). */
    public static final String RELATIONS = "relations";
    /** Name of the sentiment head (negative, neutral, positive). */
    public static final String SENTIMENT = "sentiment";

    /**
     * One output head.
     *
     * @param name {@code relations} or {@code sentiment}
     * @param offset its first column in the model's output
     * @param labels its classes, in column order
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Head(String name, int offset, List<String> labels) {}

    /** The heads of Toneline's model, in output order: sentiment (3 columns), then relations (5). */
    public static final List<Head> HEADS = List.of(
            new Head(SENTIMENT, 0, List.of("negative", "neutral", "positive")),
            new Head(RELATIONS, 3, List.of("hostile", "critical", "neutral", "cooperative", "conciliatory")));

    /**
     * @param name a head name
     * @return that head
     * @throws IllegalStateException when the artifact has no such head
     */
    public Head head(String name) {
        return heads.stream().filter(h -> h.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the model has no '" + name + "' head"));
    }

    /** @return the number of output columns of all heads together */
    public int outputs() {
        return heads.stream().mapToInt(h -> h.offset() + h.labels().size()).max().orElse(0);
    }

    /** @return whether the artifact's evaluation found int8 within the allowed loss of float32 */
    public boolean int8Accurate() {
        return precisions != null && precisions.path("int8").path("accurate").asBoolean(false);
    }
}
