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
 * @param officialsForStates in a paragraph that scores people acting for a state but not the state, give
 *     the state their tone (derived, marked as such)
 */
public record ArticleRequest(String text, String title, List<ActorSpec> actors, boolean rollUpToStates,
        boolean officialsForStates) {

    /** A request with officials counting for their states (the default). */
    public ArticleRequest(String text, String title, List<ActorSpec> actors, boolean rollUpToStates) {
        this(text, title, actors, rollUpToStates, true);
    }

    /** Copies the actor list; null means none. */
    public ArticleRequest {
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
