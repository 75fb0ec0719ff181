package io.toneline.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The metadata file that sits beside a model artifact ({@code metadata.json}).
 *
 * @param name artifact name, e.g. {@code toneline-tsc}
 * @param version artifact version
 * @param labels output classes in logit order
 * @param maxTokens the most tokens per window, special tokens included
 * @param dtype weight type of the TorchScript file
 * @param clsId id of [CLS]
 * @param sepId id of [SEP]
 * @param provenance where the weights and data came from, and how it was trained
 * @param metrics dev-set figures recorded at training time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelInfo(
        String name,
        String version,
        List<String> labels,
        int maxTokens,
        String dtype,
        long clsId,
        long sepId,
        JsonNode provenance,
        JsonNode metrics) {}
