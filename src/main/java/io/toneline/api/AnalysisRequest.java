package io.toneline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * JSON body of {@code POST /v1/analyses}.
 *
 * @param text the article text; paragraphs separated by blank lines or line breaks
 * @param title optional title, echoed in the result
 * @param actors optional actors that extend or override detection
 * @param rollUpToStates optional: fold people and government bodies into their state
 */
public record AnalysisRequest(
        @NotBlank(message = "must not be empty; send the article's text") String text,
        @Size(max = 1000, message = "must be at most 1000 characters") String title,
        @Valid List<ActorInput> actors,
        Boolean rollUpToStates) {

    /**
     * A caller-supplied actor.
     *
     * @param name canonical name
     * @param aliases other names it goes by in the text
     */
    public record ActorInput(
            @NotBlank(message = "must not be empty") String name,
            List<@NotBlank(message = "must not be empty") String> aliases) {}
}
