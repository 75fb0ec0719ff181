package io.toneline.model;

import io.toneline.errors.TooLargeException;

import java.util.List;

/**
 * Bounds the model work one request may cause, checked before any scoring so that an expensive
 * request is refused at once (413, naming the limit) instead of holding a core for minutes.
 *
 * <p>The token cost is estimated without tokenising, at {@value #CHARS_PER_TOKEN} characters a token:
 * a text that fits one window costs its tokens; a longer one costs at most one window per target and
 * at most twice its tokens (windows overlap by half).
 *
 * @param maxTargets the most targets (mentions) scored per request
 * @param maxTokens the most estimated model tokens per request
 * @param windowTokens tokens per model window
 */
public record RequestBudget(int maxTargets, int maxTokens, int windowTokens) {

    /** Tokens per window assumed before the model has loaded (the shipped model's window). */
    public static final int DEFAULT_WINDOW_TOKENS = 160;

    /** Characters per token assumed by the estimate (English news averages a little over 4). */
    public static final int CHARS_PER_TOKEN = 4;

    /**
     * @param textChars characters of one text
     * @param targets targets scored in it
     * @param windowTokens tokens per model window
     * @return the estimated model tokens for scoring that text
     */
    public static long estimateTokens(int textChars, int targets, int windowTokens) {
        if (targets == 0) {
            return 0;
        }
        long tokens = textChars / CHARS_PER_TOKEN + 2;
        if (tokens <= windowTokens) {
            return tokens;
        }
        return Math.min(2 * tokens, (long) targets * windowTokens);
    }

    /**
     * @param inputs the texts and targets of one request
     * @throws TooLargeException naming the limit a request exceeds
     */
    public void check(List<ToneInput> inputs) {
        long targets = 0;
        long tokens = 0;
        for (ToneInput in : inputs) {
            targets += in.targets().size();
            tokens += estimateTokens(in.text().length(), in.targets().size(), windowTokens);
        }
        check(targets, tokens);
    }

    /**
     * @param targets targets to score (or a lower bound of them)
     * @param tokens estimated model tokens (or a lower bound)
     * @throws TooLargeException naming the limit a request exceeds
     */
    public void check(long targets, long tokens) {
        if (targets > maxTargets) {
            throw new TooLargeException("the request has " + targets + " targets to score; the limit is "
                    + maxTargets + " per request (toneline.limits.max-targets)");
        }
        if (tokens > maxTokens) {
            throw new TooLargeException("scoring this request would cost about " + tokens
                    + " model tokens; the limit is " + maxTokens + " per request (toneline.limits.max-tokens); "
                    + "send the text in smaller parts");
        }
    }
}
