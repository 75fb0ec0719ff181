package io.toneline.analysis.text;

/**
 * A paragraph's kind and the rule that decided it.
 *
 * @param kind the kind
 * @param reason the rule, in a few words ("photo caption: FILE prefix"); null for body text
 */
public record Verdict(ParagraphKind kind, String reason) {

    /** Running text. */
    public static final Verdict BODY = new Verdict(ParagraphKind.BODY, null);

    static Verdict of(ParagraphKind kind, String reason) {
        return new Verdict(kind, reason);
    }
}
