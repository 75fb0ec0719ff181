package io.toneline.evaluation;

import io.toneline.model.Polarity;
import io.toneline.model.TargetSpan;
import io.toneline.model.ToneInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads files in the NewsMTSC format: one JSON object per line and target, with {@code sentence},
 * {@code from}, {@code to} (character offsets, end exclusive) and {@code polarity} (-1, 0, 1).
 * Rows of the same sentence are grouped, so that one pass scores all their targets.
 */
public final class NewsMtsc {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsMtsc() {}

    /**
     * @param file a NewsMTSC-format JSON-lines file
     * @return texts in order of first appearance, each with all of its targets
     * @throws IOException when the file cannot be read or a line is malformed
     */
    public static List<LabelledText> read(Path file) throws IOException {
        Map<String, List<JsonNode>> bySentence = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + number + ": not a JSON object: " + e.getMessage(), e);
                }
                for (String field : List.of("sentence", "from", "to", "polarity")) {
                    if (!row.hasNonNull(field)) {
                        throw new IOException(file + ":" + number + ": missing field '" + field + "'");
                    }
                }
                bySentence.computeIfAbsent(row.get("sentence").asText(), k -> new ArrayList<>()).add(row);
            }
        }
        List<LabelledText> out = new ArrayList<>(bySentence.size());
        bySentence.forEach((sentence, rows) -> {
            List<TargetSpan> spans = new ArrayList<>();
            List<Polarity> gold = new ArrayList<>();
            for (JsonNode row : rows) {
                spans.add(new TargetSpan(row.get("from").asInt(), row.get("to").asInt()));
                gold.add(Polarity.fromNewsMtsc(row.get("polarity").asInt()));
            }
            out.add(new LabelledText(new ToneInput(sentence, spans), gold));
        });
        return out;
    }
}
