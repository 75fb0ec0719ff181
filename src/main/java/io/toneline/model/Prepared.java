package io.toneline.model;

import io.toneline.model.windows.Window;

import java.util.List;

/**
 * A text already cut into model windows (tokenised once, before it is queued), so that the batcher
 * knows its exact token count and the model does not tokenise it again.
 *
 * @param input the text and its targets
 * @param windows its windows, each with input index 0
 */
public record Prepared(ToneInput input, List<Window> windows) {

    /** Copies the window list. */
    public Prepared {
        windows = List.copyOf(windows);
    }

    /** @return real tokens of all its windows */
    public int tokens() {
        int t = 0;
        for (Window w : windows) {
            t += w.length();
        }
        return t;
    }
}
