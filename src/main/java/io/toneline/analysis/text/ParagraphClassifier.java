package io.toneline.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Assigns a {@link ParagraphKind} to each paragraph of an article.
 *
 * <p><b>BOILERPLATE</b> (checked first):
 * <ul>
 *   <li>bylines: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe in Kyiv", "Jane Doe, Reuters"
 *       (a name, a comma and an agency or role word);</li>
 *   <li>date-only lines: "Published 12 March 2024", "Updated: 3 May 2024 10:32 GMT", "March 12, 2024",
 *       "2024-03-12" (only date, time, zone and published/updated words; at least one month or date);</li>
 *   <li>"About the author" and the author bio after it: the heading, always the next paragraph, then further
 *       paragraphs while they read like a bio (an e-mail or handle, "is a ...", "follow ...");</li>
 *   <li>disclaimers: "The views expressed ...", "... are the author's own", "This article was ...",
 *       "Editor's note";</li>
 *   <li>copyright: "©", "Copyright ...", "All rights reserved";</li>
 *   <li>promotion and credits: "Read more", "Related:", "Follow us on", "Follow Jane on X",
 *       "Sign up for our newsletter", "Photo: ...", "Reporting by ...; Editing by ...".</li>
 * </ul>
 * <p><b>HEADING</b>: at most 100 characters and 16 words, no sentence-final punctuation
 * (. ! ? : ; , " ” …), starting with a capital letter, a digit or a Markdown '#'. Title Case and ALL CAPS
 * qualify, and so does sentence case: body paragraphs virtually always end with punctuation, so a short
 * unpunctuated line is a headline whatever its capitalisation. "He declined to comment." is BODY.
 * <p><b>BODY</b>: everything else.
 */
final class ParagraphClassifier {

    private static final int HEADING_MAX_CHARS = 100;
    // news headlines often run to 13-16 words; body paragraphs end with punctuation anyway
    private static final int HEADING_MAX_WORDS = 16;
    private static final Pattern BIO_CUE = Pattern.compile(
            "@|\\b(?:is|was)\\s+(?:a|an|the)\\b|^follow\\b|\\bwrites\\s+(?:about|on|for)\\b|\\bauthor\\s+of\\b"
            + "|\\be-?mail\\b|\\btwitter\\b|\\bbased\\s+in\\b",
            Pattern.CASE_INSENSITIVE);

    private ParagraphClassifier() {
    }

    /**
     * Labels paragraphs in order; the "About the author" rule needs the neighbours and the caption rule
     * the whole article, hence the list.
     *
     * @param paragraphs paragraph texts, trimmed
     * @return one verdict per paragraph
     */
    static List<Verdict> classify(List<String> paragraphs) {
        List<String> collapsed = paragraphs.stream().map(ParagraphClassifier::collapse).toList();
        java.util.Map<String, Integer> counts = Captions.counts(collapsed);
        boolean[] blockCopy = RepeatedBlocks.laterCopies(collapsed);
        boolean[] blockFirst = RepeatedBlocks.firstCopies(blockCopy, collapsed);
        List<Verdict> kinds = new ArrayList<>(paragraphs.size());
        int bio = 0; // 2 = next paragraph is bio for sure, 1 = bio while it looks like one
        for (String t : collapsed) {
            int at = kinds.size();
            if (blockCopy[at]) {
                kinds.add(Verdict.of(ParagraphKind.BOILERPLATE, "repeated block: a copy of paragraphs above"));
                continue;
            }
            Verdict furniture = Boilerplate.verdict(t);
            boolean otherFurniture = furniture != null && furniture.kind() != ParagraphKind.BYLINE;
            if (bio == 2 || (bio == 1 && !otherFurniture && (BIO_CUE.matcher(t).find() || furniture != null))) {
                kinds.add(Verdict.of(ParagraphKind.BYLINE, "author bio after 'About the author'"));
                bio = 1;
                continue;
            }
            bio = 0;
            // the first copy of a repeated block is the article's own text, not a caption shown twice
            int occurrences = blockFirst[at] ? 1 : counts.get(t);
            Verdict caption = furniture == null ? Captions.verdict(t, occurrences) : null;
            if (caption == null && furniture == null && Captions.shortenedCopy(collapsed, at)) {
                caption = Verdict.of(ParagraphKind.CAPTION, "photo caption: a shortened copy of another paragraph");
            }
            if (caption == null && furniture == null && at + 1 < collapsed.size() && RepeatedBlocks.cutOff(t)) {
                caption = Verdict.of(ParagraphKind.CAPTION, "teaser cut off mid-word before the article goes on");
            }
            if (caption == null && furniture == null && at > 0 && kinds.get(at - 1).kind() == ParagraphKind.CAPTION
                    && Captions.nearCopy(collapsed.get(at - 1), t)) {
                caption = Verdict.of(ParagraphKind.CAPTION, "photo caption: a near copy of the caption before it");
            }
            if (Boilerplate.isAboutAuthor(t)) {
                kinds.add(Verdict.of(ParagraphKind.BYLINE, "about the author"));
                // a bare "About the author" heading is always followed by the bio itself
                bio = t.split(" ").length <= 4 ? 2 : 1;
            } else if (furniture != null) {
                kinds.add(furniture);
            } else if (caption != null) {
                kinds.add(caption);
            } else if (isHeading(t)) {
                kinds.add(Verdict.of(ParagraphKind.HEADING, "short line without final punctuation"));
            } else {
                kinds.add(Verdict.BODY);
            }
        }
        for (int i = 0; i + 1 < kinds.size(); i++) {
            if (kinds.get(i).kind() == ParagraphKind.BODY && EMBED_SIGNATURE.matcher(collapsed.get(i + 1)).find()) {
                // the text of an embedded social post, signed on the line after it ("Posted by President Obama
                // on Monday, March 21, 2016", "— Jane Doe (@janedoe) March 3, 2020"): not the article's own text
                kinds.set(i, Verdict.of(ParagraphKind.BOILERPLATE, "embedded post: the text before its signature line"));
            }
        }
        return kinds;
    }

    private static final java.util.regex.Pattern EMBED_SIGNATURE = java.util.regex.Pattern.compile(
            "^(?:Posted by \\p{Lu}.{0,80}\\b(?:on|at)\\b.{0,40}\\d{4}\\s*$|[—–-]\\s*[^()]{1,60}\\(@\\w{1,15}\\)\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*$)");

    /**
     * Heading test on a whitespace-collapsed paragraph; see the class comment.
     *
     * @param t paragraph text with whitespace collapsed
     * @return true when it reads as a title or sub-heading
     */
    static boolean isHeading(String t) {
        if (t.isEmpty() || t.length() > HEADING_MAX_CHARS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (".!?:;,\"”…".indexOf(last) >= 0) {
            return false;
        }
        if (t.startsWith("#")) {
            return t.replaceFirst("^#+\\s*", "").codePoints().anyMatch(Character::isLetter);
        }
        if (t.split(" ").length > HEADING_MAX_WORDS || readsAsSentence(t)) {
            return false;
        }
        int first = t.codePointAt(0);
        if (first == '‘' || first == '“' || first == '\'' || first == '"') {
            first = t.length() > 1 ? t.codePointAt(1) : ' ';
        }
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && t.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * A sentence that lost its final stop ("The United Nations has threatened both countries with sanctions"):
     * mostly lower-case words and an auxiliary verb before a lower-case word, which headline style drops ("US
     * warns of 'massive military response'", never "has warned").
     */
    static boolean readsAsSentence(String t) {
        String[] words = t.split(" ");
        if (words.length < 7) {
            return false;
        }
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                lower++;
            }
        }
        return lower * 2 > words.length && SENTENCE_CUE.matcher(t).find();
    }

    private static final java.util.regex.Pattern SENTENCE_CUE = java.util.regex.Pattern.compile(
            "\\b(?:has|have|had|is|are|was|were|will|would|could)\\s+\\p{Ll}");

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
