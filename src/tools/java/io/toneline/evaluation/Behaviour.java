package io.toneline.evaluation;

import io.toneline.analysis.timeline.ToneLabel;
import io.toneline.model.TargetSpan;
import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;
import io.toneline.model.ToneModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * The behavioural test set ({@code data/behaviour/minimal_pairs.jsonl}): minimal pairs where one act
 * turns the relation around (sanctions imposed / waived / lifted, blamed / refrained from blaming,
 * tensions raised / reduced, troops sent / withdrawn, detained / released), both parties of one act,
 * reported speech, and the act inside a long analytic paragraph that also names a threat. An item
 * passes when the model's side (negative / neutral / positive) for its target is the expected one.
 *
 * <pre>src/scripts/tools.sh io.toneline.evaluation.Behaviour data/behaviour/minimal_pairs.jsonl [MODEL_DIR [PRECISION]]</pre>
 * Prints the share passed per kind (with {@code -Dtoneline.behaviour.verbose=true} also each failure);
 * the last line {@code behaviour_pass=0.XXXX n=N}.
 */
public final class Behaviour {

    private Behaviour() {}

    /**
     * @param kind what the item tests
     * @param input the text and its target span
     * @param side the expected side: negative, neutral or positive
     */
    public record Item(String id, String kind, ToneInput input, String side) {}

    /**
     * @param file the items
     * @return them, in file order
     * @throws IOException when the file cannot be read
     */
    public static List<Item> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String text = n.get("text").asText();
            String target = n.get("target").asText();
            int at = -1;
            for (int k = 0; k < n.path("occurrence").asInt(1); k++) {
                at = text.indexOf(target, at + 1);
            }
            out.add(new Item(n.get("id").asText(), n.get("kind").asText(),
                    new ToneInput(text, List.of(new TargetSpan(at, at + target.length()))), n.get("side").asText()));
        }
        return out;
    }

    /**
     * @param model the tone model
     * @param items the items
     * @return per kind, {passed, total}, in first-seen order, with "all" last
     */
    public static Map<String, int[]> run(ToneModel model, List<Item> items) {
        List<List<TargetTone>> scored = model.score(items.stream().map(Item::input).toList());
        Map<String, int[]> out = new LinkedHashMap<>();
        int[] all = new int[2];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String side = ToneLabel.forParagraph(scored.get(i).get(0).relations()).side().json();
            boolean pass = side.equals(item.side());
            if (!pass && Boolean.getBoolean("toneline.behaviour.verbose")) {
                System.out.println("failed " + item.id() + " " + item.kind() + ": expected " + item.side() + ", got " + side
                        + ": " + item.input().text());
            }
            int[] k = out.computeIfAbsent(item.kind(), x -> new int[2]);
            k[0] += pass ? 1 : 0;
            k[1]++;
            all[0] += pass ? 1 : 0;
            all[1]++;
        }
        out.put("all", all);
        return out;
    }

    /**
     * @param args the items file, then optionally the model directory and precision
     * @throws Exception when a file or the model cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args.length > 1 ? args[1] : "model/toneline-tsc");
        try (ToneModel model = ToneModel.load(modelDir, 4096, args.length > 2 ? args[2] : "auto")) {
            System.out.printf(Locale.ROOT, "model=%s version=%s precision=%s%n", model.info().name(),
                    model.info().version(), model.precision().id());
            Map<String, int[]> result = run(model, read(Path.of(args[0])));
            result.forEach((kind, r) -> {
                if (!kind.equals("all")) {
                    System.out.printf(Locale.ROOT, "kind=\"%s\" passed=%d of %d (%.2f)%n", kind, r[0], r[1], r[0] / (double) r[1]);
                }
            });
            int[] all = result.get("all");
            System.out.printf(Locale.ROOT, "behaviour_pass=%.4f n=%d%n", all[0] / (double) all[1], all[1]);
        }
    }
}
