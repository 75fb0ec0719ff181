package io.toneline.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The tone timeline of one article.
 *
 * @param id the stored analysis' id (null until stored)
 * @param title the title sent with the article, if any
 * @param text the plain text that offsets point into, when it differs from what was sent (HTML)
 * @param paragraphs every paragraph, with the tone toward each actor it mentions (body only)
 * @param actors every actor found, with its trajectory and shifts
 * @param model the model that scored it
 * @param timings where the time went, in milliseconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Analysis(
        String id,
        String title,
        String text,
        List<ParagraphResult> paragraphs,
        List<ActorResult> actors,
        ModelRef model,
        Timings timings) {

    /**
     * @param name model artifact name
     * @param version model artifact version
     * @param precision the number format it computed in ({@code float32}, {@code bfloat16}, {@code int8})
     * @param cpu the CPU model and the instruction-set flags the precision was chosen from
     */
    public record ModelRef(String name, String version, String precision, String cpu) {

        /**
         * @param model a loaded model
         * @return its reference for answers
         */
        public static ModelRef of(io.toneline.model.ToneModel model) {
            return new ModelRef(model.info().name(), model.info().version(), model.precision().id(),
                    model.cpu().describe());
        }
    }

    /**
     * @param totalMs the whole analysis
     * @param segmentMs paragraph splitting
     * @param actorsMs actor detection
     * @param scoringMs tone model (queueing and forwards)
     */
    public record Timings(double totalMs, double segmentMs, double actorsMs, double scoringMs) {}

    /** Returns the same analysis carrying the text its offsets point into. */
    Analysis withText(String plain) {
        return new Analysis(id, title, plain, paragraphs, actors, model, timings);
    }

    /**
     * @param storedId the id under which it is stored
     * @return the same analysis carrying its id
     */
    public Analysis withId(String storedId) {
        return new Analysis(storedId, title, text, paragraphs, actors, model, timings);
    }
}
