package io.toneline.analysis;

import io.toneline.analysis.actors.ActorSpec;

import java.util.List;

/**
 * What to analyse.
 *
 * @param text the article as plain text (paragraphs separated by blank lines or line breaks)
 * @param title optional title, echoed in the result
 * @param actors caller-supplied actors that extend or override detection
 * @param rollUpToStates fold people and government bodies into the state they act for
 */
public record ArticleRequest(String text, String title, List<ActorSpec> actors, boolean rollUpToStates) {

    /** Copies the actor list; null means none. */
    public ArticleRequest {
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
