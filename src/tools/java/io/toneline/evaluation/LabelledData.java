package io.toneline.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.toneline.model.Polarity;
import io.toneline.model.TargetSpan;
import io.toneline.model.ToneInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads labelled targets, one JSON object per line and target, in either of two formats:
 * <ul>
 *   <li>NewsMTSC: {@code sentence}, {@code from}, {@code to} (character offsets, end exclusive) and
 *       {@code polarity} (-1, 0, 1);</li>
 *   <li>relations: {@code text} (or {@code sentence}), the span as {@code from}/{@code to} or
 *       {@code target: {start, end}}, and {@code tone}: hostile, critical, neutral, cooperative or
 *       conciliatory. A line may carry both {@code polarity} and {@code tone}.</li>
 * </ul>
 * Rows of the same text are grouped, so that one pass scores all their targets.
 */
public final class LabelledData {

    /** The relations levels in model order. */
    public static final List<String> LEVELS = List.of("hostile", "critical", "neutral", "cooperative", "conciliatory");

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledData() {}

    /**
     * @param file a JSON-lines file in one of the formats above
     * @return texts in order of first appearance, each with all of its targets
     * @throws IOException when the file cannot be read or a line is malformed
     */
    public static List<LabelledText> read(Path file) throws IOException {
        Map<String, List<JsonNode>> byText = new LinkedHashMap<>();
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
                String text = row.hasNonNull("text") ? row.get("text").asText() : row.path("sentence").asText(null);
                if (text == null) {
                    throw new IOException(file + ":" + number + ": missing field 'text' or 'sentence'");
                }
                if (!row.hasNonNull("polarity") && !row.hasNonNull("tone")) {
                    throw new IOException(file + ":" + number + ": missing field 'polarity' or 'tone'");
                }
                if (span(row) == null) {
                    throw new IOException(file + ":" + number + ": missing the span ('from'/'to' or 'target')");
                }
                if (row.hasNonNull("tone") && !LEVELS.contains(row.get("tone").asText().toLowerCase(Locale.ROOT))) {
                    throw new IOException(file + ":" + number + ": tone must be one of " + LEVELS);
                }
                byText.computeIfAbsent(text, k -> new ArrayList<>()).add(row);
            }
        }
        List<LabelledText> out = new ArrayList<>(byText.size());
        byText.forEach((text, rows) -> {
            List<TargetSpan> spans = new ArrayList<>();
            int[] sentiment = new int[rows.size()];
            int[] relations = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                spans.add(span(row));
                sentiment[i] = row.hasNonNull("polarity")
                        ? Polarity.fromNewsMtsc(row.get("polarity").asInt()).ordinal() : LabelledText.NONE;
                relations[i] = row.hasNonNull("tone")
                        ? LEVELS.indexOf(row.get("tone").asText().toLowerCase(Locale.ROOT)) : LabelledText.NONE;
            }
            out.add(new LabelledText(new ToneInput(text, spans), sentiment, relations));
        });
        return out;
    }

    private static TargetSpan span(JsonNode row) {
        if (row.hasNonNull("from") && row.hasNonNull("to")) {
            return new TargetSpan(row.get("from").asInt(), row.get("to").asInt());
        }
        JsonNode t = row.path("target");
        if (t.hasNonNull("start") && t.hasNonNull("end")) {
            return new TargetSpan(t.get("start").asInt(), t.get("end").asInt());
        }
        return null;
    }
}
