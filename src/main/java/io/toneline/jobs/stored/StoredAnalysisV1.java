package io.toneline.jobs.stored;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Format 1 of a stored analysis: the JSON document that the releases before stored formats existed
 * wrote (the API's {@code Analysis} serialised as it was then), field by field. Rows written by those
 * releases carry format 1 (migration V5), and this release writes it too.
 *
 * <p>Never change these records: what a stored row means must not move when the API record does.
 * A change of the API is absorbed by {@link StoredAnalysisV1Mapping}; a change of what is stored is a
 * new format ({@code StoredAnalysisV2}) with its own mapping, and V1 rows stay readable. Levels, kinds
 * and types are kept as the lower-case words the rows hold.
 *
 * @param id the analysis id
 * @param title the title sent with the article
 * @param text the plain text offsets point into, when it differed from what was sent
 * @param paragraphs every paragraph
 * @param actors every actor found
 * @param model the model that scored it
 * @param timings where the time went, ms
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredAnalysisV1(String id, String title, String text, List<Paragraph> paragraphs, List<Actor> actors,
        Model model, Timings timings) {

    /** The model that scored it. */
    public record Model(String name, String version, String precision, String cpu) {}

    /** Where the time went, ms. */
    public record Timings(double totalMs, double segmentMs, double actorsMs, double scoringMs) {}

    /** A paragraph and its tones. */
    public record Paragraph(int index, int start, int end, String kind, String reason, List<Tone> tones) {}

    /** How a paragraph treats one actor. */
    public record Tone(String actor, double score, String label, Levels probabilities, double confidence,
            boolean mixed, Sentiment sentiment, List<ScoredMention> mentions, List<String> derivedFrom) {}

    /** Probabilities of the five relations levels. */
    public record Levels(double hostile, double critical, double neutral, double cooperative, double conciliatory) {}

    /** Sentiment of portrayal. */
    public record Sentiment(double score, String label, SentimentProbabilities probabilities) {}

    /** The three sentiment probabilities. */
    public record SentimentProbabilities(double negative, double neutral, double positive) {}

    /** A mention that carried a paragraph's score. */
    public record ScoredMention(int start, int end, String text, double score, String label, boolean resolved,
            Source source) {}

    /** The span a resolved reference points back to. */
    public record Source(int start, int end) {}

    /** An actor and how its tone moves. */
    public record Actor(String id, String name, String type, String iso, List<String> aliases, String affiliation,
            List<String> roles, int mentionCount, Double score, List<Point> trajectory, List<Shift> shifts,
            List<Stretch> arc, String arcSummary, List<String> derivedFrom) {}

    /** An actor's tone in one paragraph. */
    public record Point(int paragraph, double score, String label, double confidence, int mentions, boolean mixed) {}

    /** A turn of an actor's tone. */
    public record Shift(int fromParagraph, int toParagraph, String from, String to, double delta, Stretch before,
            Stretch after, double confidence, boolean major, List<Evidence> evidence) {}

    /** A run of paragraphs on one side. */
    public record Stretch(int fromParagraph, int toParagraph, int paragraphs, String level, String side, double score) {}

    /** A paragraph that carries a turn. */
    public record Evidence(int paragraph, List<Mention> mentions) {}

    /** A mention in shift evidence. */
    public record Mention(int start, int end, String text) {}
}
