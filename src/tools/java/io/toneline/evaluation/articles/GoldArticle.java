package io.toneline.evaluation.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the article set, as its readers annotated it.
 *
 * @param id stable id (h101 ...)
 * @param split {@code dev} (tuning may look at it) or {@code test} (only for the final figures)
 * @param title the page title, or null
 * @param paragraphs the paragraphs as published, with their kind
 * @param actors the political actors the readers found
 * @param pairs a level for every (body paragraph, actor) pair
 * @param shifts the turns the readers named
 */
public record GoldArticle(String id, String split, String title, List<Paragraph> paragraphs, List<Actor> actors,
        List<Pair> pairs, List<Turn> shifts) {

    /** @param text as published; @param kind body, heading, byline, dateline, caption, credit, navigation, boilerplate */
    public record Paragraph(String text, String kind) {
        /** @return true for a paragraph that is neither body nor heading: it must never be scored */
        public boolean clutter() {
            return !kind.equals("body") && !kind.equals("heading");
        }
    }

    /** @param name canonical name; @param type country, organization, person or group; @param state for people, the state they act for */
    public record Actor(String name, String type, String state) {}

    /** @param p paragraph index; @param actor actor name; @param tone one of the five levels */
    public record Pair(int p, String actor, String tone) {}

    /**
     * @param actor actor name
     * @param from level of the earlier stretch
     * @param to level of the later stretch
     * @param around first paragraph of the later stretch
     * @param major whether the article is about this turn
     */
    public record Turn(String actor, String from, String to, int around, boolean major) {
        /** @return -1, 0 or +1: the direction of the change of side */
        public int direction() {
            return Integer.signum(side(to) - side(from));
        }
    }

    /**
     * @param level one of the five level names
     * @return -1 for hostile and critical, 0 for neutral, +1 for cooperative and conciliatory
     */
    public static int side(String level) {
        return switch (level) {
            case "hostile", "critical" -> -1;
            case "cooperative", "conciliatory" -> 1;
            default -> 0;
        };
    }

    /** @return the text sent for analysis: the paragraphs joined by blank lines */
    public String text() {
        return String.join("\n\n", paragraphs.stream().map(Paragraph::text).toList());
    }

    /** @return offset of each paragraph in {@link #text()}, plus the text's length at the end */
    public int[] offsets() {
        int[] out = new int[paragraphs.size() + 1];
        int at = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            out[i] = at;
            at += paragraphs.get(i).text().length() + 2;
        }
        out[paragraphs.size()] = at - 2;
        return out;
    }

    /**
     * @param file {@code data/articles/articles.jsonl}
     * @return the articles in file order
     * @throws IOException when the file cannot be read
     */
    public static List<GoldArticle> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    out.add(of(json.readTree(line)));
                }
            }
        }
        return out;
    }

    static GoldArticle of(JsonNode row) {
        List<Paragraph> paragraphs = new ArrayList<>();
        row.get("paragraphs").forEach(p -> paragraphs.add(new Paragraph(p.get("text").asText(), p.get("kind").asText())));
        List<Actor> actors = new ArrayList<>();
        row.get("actors").forEach(a -> actors.add(new Actor(a.get("name").asText(), a.path("type").asText("other"),
                a.hasNonNull("state") ? a.get("state").asText() : null)));
        List<Pair> pairs = new ArrayList<>();
        row.get("pairs").forEach(p -> pairs.add(new Pair(p.get("p").asInt(), p.get("actor").asText(), p.get("tone").asText())));
        List<Turn> shifts = new ArrayList<>();
        row.get("shifts").forEach(s -> shifts.add(new Turn(s.get("actor").asText(), s.get("from").asText(),
                s.get("to").asText(), s.get("around_paragraph").asInt(), s.path("major").asBoolean(true))));
        String title = row.hasNonNull("title") ? row.get("title").asText() : null;
        return new GoldArticle(row.get("id").asText(), row.path("split").asText("dev"), title, paragraphs, actors,
                pairs, shifts);
    }
}
