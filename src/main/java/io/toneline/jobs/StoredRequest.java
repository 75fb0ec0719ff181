package io.toneline.jobs;

import io.toneline.analysis.actors.ActorSpec;

import java.util.List;

/**
 * A submitted analysis request as stored, so that a worker (on any instance, after any restart)
 * can run it.
 *
 * @param format {@code text} or {@code html}
 * @param text the article (plain text or HTML, as sent)
 * @param title optional title
 * @param actors caller-supplied actors
 * @param rollUpToStates fold people into their states
 * @param publishedAt when the article was published, epoch ms; null when not given
 */
public record StoredRequest(String format, String text, String title, List<ActorSpec> actors, boolean rollUpToStates,
        Long publishedAt) {

    /** Plain-text format. */
    public static final String TEXT = "text";
    /** HTML format. */
    public static final String HTML = "html";
}
