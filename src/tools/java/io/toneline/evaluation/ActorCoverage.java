package io.toneline.evaluation;

import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.Mention;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.text.Segmenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many annotated targets of a relations paragraphs file Toneline's actor detection finds: a target
 * counts as found when a detected mention (name or resolved reference) overlaps its span.
 *
 * <pre>src/scripts/tools.sh io.toneline.evaluation.ActorCoverage data/relations/paragraphs.jsonl</pre>
 * Prints the share found with names only and with references resolved, and the targets missed.
 *
 * <p>On the article set ({@code data/articles/articles.jsonl}, recognised by its {@code paragraphs}; dev
 * and test halves, or {@code --split dev|test}) it runs the service's own analysis (paragraph kinds,
 * actors, references, officials for their states, the model) and prints per article and in total
 * the gold actors found, the gold pairs that would be scored, and the clutter paragraphs that would be
 * scored: {@code articles=N actors_found=… pairs_scored=… clutter_scored=N}.
 */
public final class ActorCoverage {

    private ActorCoverage() {}

    /**
     * @param args the paragraphs file (JSON lines with {@code text} and {@code targets[{start, end, mention}]})
     * @throws Exception when the file cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && isArticleSet(Path.of(args[args.length - 1]))) {
            ArticleCoverage.run(args);
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ActorFinder finder = new ActorFinder(Gazetteer.load());
        int targets = 0;
        int byName = 0;
        int withReferences = 0;
        List<String> missed = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String text = row.get("text").asText();
                List<Actor> names = finder.find(text, List.of(), false);
                List<Actor> resolved = finder.references().resolve(text, Segmenter.split(text), names);
                for (JsonNode t : row.get("targets")) {
                    int s = t.get("start").asInt();
                    int e = t.get("end").asInt();
                    targets++;
                    boolean name = overlaps(names, s, e);
                    byName += name ? 1 : 0;
                    boolean any = overlaps(resolved, s, e);
                    withReferences += any ? 1 : 0;
                    if (!any) {
                        missed.add(row.get("id").asText() + ": " + text.substring(s, e));
                    }
                }
            }
        }
        missed.forEach(m -> System.out.println("missed " + m));
        System.out.printf(Locale.ROOT, "targets=%d found_by_name=%.4f found_with_references=%.4f%n", targets,
                byName / (double) targets, withReferences / (double) targets);
    }

    private static boolean isArticleSet(Path file) throws java.io.IOException {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String first = in.readLine();
            return first != null && first.contains("\"paragraphs\"");
        }
    }

    private static boolean overlaps(List<Actor> actors, int start, int end) {
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                if (m.start() < end && start < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
