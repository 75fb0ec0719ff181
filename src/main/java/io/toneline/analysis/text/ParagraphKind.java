package io.toneline.analysis.text;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What role a paragraph plays in an article. Only {@link #BODY} paragraphs are scored.
 *
 * <ul>
 *   <li>{@link #BODY}: running article text, the part whose tone is worth scoring.</li>
 *   <li>{@link #HEADING}: a title or sub-heading.</li>
 *   <li>{@link #BYLINE}: the author's name, sign-off or bio line.</li>
 *   <li>{@link #DATELINE}: a date, or a place and dash, alone on a line.</li>
 *   <li>{@link #CAPTION}: a photo caption (repeated captions, "FILE -", photo credits, "left," with a date).</li>
 *   <li>{@link #CREDIT}: who reported, adapted or edited the story, and what agencies contributed.</li>
 *   <li>{@link #NAVIGATION}: breadcrumbs, menus, "Read more", "Related", share and follow prompts.</li>
 *   <li>{@link #BOILERPLATE}: disclaimers, copyright, comment prompts, player and browser notices.</li>
 * </ul>
 */
public enum ParagraphKind {
    BODY,
    HEADING,
    BYLINE,
    DATELINE,
    CAPTION,
    CREDIT,
    NAVIGATION,
    BOILERPLATE;

    /** @return the lower-case name used in JSON */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
