package io.toneline.analysis;

import io.toneline.analysis.text.ParagraphKind;

import java.util.List;

/**
 * A paragraph of the article.
 *
 * @param index 0-based position
 * @param start first character (offset into the article text)
 * @param end one past the last character
 * @param kind body, heading, byline, dateline, caption, credit, navigation or boilerplate (only body
 *     paragraphs are scored)
 * @param reason for a paragraph that is not body, the rule that decided its kind; else null
 * @param tones tone toward each actor mentioned in the paragraph
 */
public record ParagraphResult(int index, int start, int end, ParagraphKind kind, String reason,
        List<ParagraphTone> tones) {}
