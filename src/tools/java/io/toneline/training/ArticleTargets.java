package io.toneline.training;

import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.Mention;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.text.Segmenter;
import io.toneline.evaluation.articles.ActorMatch;
import io.toneline.evaluation.articles.GoldArticle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Training targets from the {@code train} part of the article set: for every gold (paragraph, actor)
 * pair, each mention of that actor which Toneline's own detection finds in the paragraph (names and
 * resolved references) becomes a target with the readers' level, on the paragraph's text. Pairs whose
 * actor is not found there give none (the model learns from spans, not from derived pairs).
 *
 * <pre>src/scripts/tools.sh io.toneline.training.ArticleTargets data/articles/articles.jsonl OUT.jsonl</pre>
 * Rows: {@code {"text", "from", "to", "tone"}}, the format of the training paragraphs.
 */
public final class ArticleTargets {

    private ArticleTargets() {}

    /**
     * @param args the article set, then the output file
     * @throws Exception when a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ActorFinder finder = new ActorFinder(Gazetteer.load());
        int pairs = 0;
        int targets = 0;
        int covered = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (GoldArticle a : GoldArticle.read(Path.of(args[0]))) {
                if (!a.split().equals("train")) {
                    continue;
                }
                String text = a.text();
                int[] offsets = a.offsets();
                List<Actor> actors = finder.references().resolve(text, Segmenter.split(text), finder.find(text, List.of(), false));
                Map<String, Actor> byGold = new HashMap<>();
                for (GoldArticle.Actor g : a.actors()) {
                    Actor match = ActorMatch.ofFound(g, actors);
                    if (match != null) {
                        byGold.put(g.name(), match);
                    }
                }
                for (GoldArticle.Pair p : a.pairs()) {
                    pairs++;
                    Actor actor = byGold.get(p.actor());
                    if (actor == null) {
                        continue;
                    }
                    int start = offsets[p.p()];
                    int end = start + a.paragraphs().get(p.p()).text().length();
                    boolean any = false;
                    for (Mention m : actor.mentions()) {
                        if (m.start() >= start && m.end() <= end) {
                            ObjectNode row = json.createObjectNode();
                            row.put("text", text.substring(start, end));
                            row.put("from", m.start() - start);
                            row.put("to", m.end() - start);
                            row.put("tone", p.tone());
                            out.write(json.writeValueAsString(row));
                            out.newLine();
                            targets++;
                            any = true;
                        }
                    }
                    covered += any ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "pairs=%d pairs_with_a_mention=%d targets=%d%n", pairs, covered, targets);
    }
}
