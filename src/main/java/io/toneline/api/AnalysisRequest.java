package io.toneline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON body of {@code POST /v1/analyses}. Its shape is checked by {@link AnalysisRequests}, its limits
 * by the analysis service ({@code analysis.ArticleLimits}).
 *
 * @param text the article text; paragraphs separated by blank lines or line breaks
 * @param title optional title (at most 1000 characters), echoed in the result
 * @param actors optional actors that extend or override detection
 * @param rollUpToStates optional: fold people and government bodies into their state
 * @param publishedAt optional: when the article was published (ISO-8601 date or instant); dates the
 *        article in actor timelines (else the submission time)
 */
public record AnalysisRequest(
        @Schema(required = true) String text,
        @Schema(maxLength = 1000) String title,
        List<ActorInput> actors,
        Boolean rollUpToStates,
        @Schema(example = "2026-11-20T08:30:00Z") String publishedAt) {

    /**
     * A caller-supplied actor.
     *
     * @param name canonical name
     * @param aliases other names it goes by in the text
     */
    public record ActorInput(@Schema(required = true) String name, List<String> aliases) {}
}
