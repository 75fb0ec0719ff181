package io.toneline.analysis.text;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What role a paragraph plays in an article.
 *
 * <ul>
 *   <li>{@link #BODY}: running article text, the part whose tone is worth scoring.</li>
 *   <li>{@link #HEADING}: a title or sub-heading.</li>
 *   <li>{@link #BOILERPLATE}: bylines, dates, author bios, disclaimers, copyright, promotion and credits.</li>
 * </ul>
 */
public enum ParagraphKind {
    BODY,
    HEADING,
    BOILERPLATE;

    /** @return the lower-case name used in JSON */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
