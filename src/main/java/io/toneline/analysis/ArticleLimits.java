package io.toneline.analysis;

import io.toneline.analysis.actors.ActorSpec;
import io.toneline.config.TonelineConfig;
import io.toneline.errors.InvalidInputException;
import io.toneline.errors.TooLargeException;
import io.toneline.errors.UnprocessableException;

import java.util.List;

/**
 * The limits an article request must keep, checked in one place for every way in (JSON, plain
 * text, HTML; answered at once or queued and run later by a worker), with one message per rule.
 *
 * @param maxTextChars longest text, in characters ({@code toneline.limits.max-text-chars})
 * @param maxActors most caller actors ({@code toneline.limits.max-actors})
 * @param maxAliases most aliases per caller actor ({@code toneline.limits.max-aliases})
 */
public record ArticleLimits(int maxTextChars, int maxActors, int maxAliases) {

    /**
     * @param limits the configured request limits
     * @return the article's share of them
     */
    public static ArticleLimits of(TonelineConfig.Limits limits) {
        return new ArticleLimits(limits.maxTextChars(), limits.maxActors(), limits.maxAliases());
    }

    /**
     * @param request an article, its text plain (HTML converted)
     * @throws InvalidInputException when the text is empty
     * @throws TooLargeException when the text is too long
     * @throws UnprocessableException when there are too many actors or aliases
     */
    public void check(ArticleRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidInputException("text is empty; send the article's text");
        }
        checkLength(request.text());
        checkActors(request.actors());
    }

    /**
     * @param text a text as sent (HTML before conversion too), possibly null
     * @throws TooLargeException when it is longer than {@link #maxTextChars}
     */
    public void checkLength(String text) {
        if (text != null && text.length() > maxTextChars) {
            throw new TooLargeException("text has " + text.length() + " characters; the limit is " + maxTextChars
                    + " (toneline.limits.max-text-chars)");
        }
    }

    private void checkActors(List<ActorSpec> actors) {
        if (actors.size() > maxActors) {
            throw new UnprocessableException("too many actors: " + actors.size() + " (at most " + maxActors
                    + ", toneline.limits.max-actors)");
        }
        for (int i = 0; i < actors.size(); i++) {
            int aliases = actors.get(i).aliases().size();
            if (aliases > maxAliases) {
                throw new UnprocessableException("actors[" + i + "] has " + aliases + " aliases (at most "
                        + maxAliases + ", toneline.limits.max-aliases)");
            }
        }
    }
}
