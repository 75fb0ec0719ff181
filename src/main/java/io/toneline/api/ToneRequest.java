package io.toneline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * JSON body of {@code POST /v1/tone}: texts with caller-chosen target spans.
 *
 * @param items the texts, scored in shared batches and answered in the order sent
 */
public record ToneRequest(@NotEmpty(message = "must hold at least one item") List<@Valid @NotNull Item> items) {

    /**
     * @param text the text
     * @param targets mention spans inside it
     */
    public record Item(
            @NotNull(message = "must be present") String text,
            @NotNull(message = "must be present") List<@Valid @NotNull Span> targets) {}

    /**
     * @param start first character, 0-based
     * @param end one past the last character
     */
    public record Span(@NotNull(message = "must be present") Integer start,
            @NotNull(message = "must be present") Integer end) {}
}
