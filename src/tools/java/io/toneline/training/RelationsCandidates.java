package io.toneline.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.ActorType;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.actors.Mention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the states and organisations that NewsMTSC sentences mention without targeting them, found
 * with the service's own {@link ActorFinder}: the candidates that annotators then read and label as
 * extra relations targets (one per sentence and actor, at its first mention).
 *
 * <p>Usage: {@code RelationsCandidates SPLIT_NAME FILE.jsonl > candidates.jsonl}. Each output line is
 * {@code {"ref": "add:SPLIT:ID:FROM:TO", "sentence_of": "SPLIT:ID", "from", "to", "actor", "type"}} where ID
 * is the id of the first NewsMTSC target of that sentence (the sentence text is joined from there, it is
 * never written here).
 */
public final class RelationsCandidates {

    private RelationsCandidates() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> bySentence = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode r = json.readTree(line);
                    bySentence.computeIfAbsent(r.get("sentence").asText(), s -> new ArrayList<>()).add(r);
                }
            }
        }
        ActorFinder finder = new ActorFinder(Gazetteer.load());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int n = 0;
        for (var e : bySentence.entrySet()) {
            String sentence = e.getKey();
            List<JsonNode> targets = e.getValue();
            for (Actor actor : finder.find(sentence, List.of(), false)) {
                if (actor.type() != ActorType.COUNTRY && actor.type() != ActorType.ORGANIZATION) {
                    continue;
                }
                if (actor.mentions().stream().anyMatch(m -> overlapsTarget(m, targets))) {
                    continue; // already a NewsMTSC target
                }
                Mention first = actor.mentions().get(0);
                String of = args[0] + ":" + targets.get(0).get("id").asText();
                ObjectNode o = json.createObjectNode();
                o.put("ref", "add:" + of + ":" + first.start() + ":" + first.end());
                o.put("sentence_of", of);
                o.put("from", first.start());
                o.put("to", first.end());
                o.put("actor", actor.id());
                o.put("type", actor.type().name().toLowerCase());
                out.println(json.writeValueAsString(o));
                n++;
            }
        }
        System.err.println(n + " candidate targets in " + bySentence.size() + " sentences");
    }

    private static boolean overlapsTarget(Mention m, List<JsonNode> targets) {
        for (JsonNode t : targets) {
            if (m.start() < t.get("to").asInt() && t.get("from").asInt() < m.end()) {
                return true;
            }
        }
        return false;
    }
}
