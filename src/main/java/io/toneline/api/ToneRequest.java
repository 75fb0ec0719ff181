package io.toneline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON body of {@code POST /v1/tone}: texts with caller-chosen target spans. Checked by
 * {@link ToneRequests} (limits first, then each element, in one linear pass).
 *
 * @param items the texts, scored in shared batches and answered in the order sent
 */
public record ToneRequest(@Schema(required = true, minItems = 1) List<Item> items) {

    /**
     * @param text the text
     * @param targets mention spans inside it
     */
    public record Item(@Schema(required = true) String text, @Schema(required = true) List<Span> targets) {}

    /**
     * @param start first character, 0-based
     * @param end one past the last character
     */
    public record Span(@Schema(required = true) Integer start, @Schema(required = true) Integer end) {}
}
