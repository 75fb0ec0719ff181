package io.toneline.analysis;

import io.toneline.model.TargetSpan;
import io.toneline.model.ToneInput;

import java.util.ArrayList;
import java.util.List;

/**
 * What the model reads before each paragraph. Measured on the article dev set (model card, "Context
 * for the model"): the title raises pair agreement but not shift F1, the previous paragraph lowers
 * both, so the service reads each paragraph alone ({@link #NONE}); the others are kept for the
 * evaluation command, which can measure them again for a new model.
 */
public enum ReadingContext {
    /** the paragraph alone */
    NONE,
    /** the article's title, then the paragraph */
    TITLE,
    /** the previous body paragraph, then the paragraph */
    PREVIOUS;

    /**
     * @param title the article's title, or null
     * @param previousBody the body paragraph before this one, or null
     * @param paragraph the paragraph's text
     * @param spans its targets, relative to the paragraph
     * @return what the model reads: the prefix, then the paragraph, with the spans moved by the prefix
     */
    public ToneInput input(String title, String previousBody, String paragraph, List<TargetSpan> spans) {
        String prefix = switch (this) {
            case NONE -> "";
            case TITLE -> title == null || title.isBlank() ? "" : title.strip() + ". ";
            case PREVIOUS -> previousBody == null ? "" : previousBody + " ";
        };
        if (prefix.isEmpty()) {
            return new ToneInput(paragraph, spans);
        }
        List<TargetSpan> moved = new ArrayList<>(spans.size());
        for (TargetSpan t : spans) {
            moved.add(new TargetSpan(t.start() + prefix.length(), t.end() + prefix.length()));
        }
        return new ToneInput(prefix + paragraph, moved);
    }
}
