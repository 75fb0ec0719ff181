package io.toneline.analysis.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Photo captions in pasted plain text, where no {@code figcaption} tells them apart. A caption is:
 * <ul>
 *   <li>a paragraph that occurs twice in the article word for word (pages repeat a caption beside the
 *       photo and in its viewer; article prose is never repeated whole);</li>
 *   <li>a paragraph with an agency photo credit ("(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "AFP/Getty");</li>
 *   <li>a short paragraph (at most two sentences) that places people in a picture ("Jane Doe, left, ...",
 *       "(L)") and ends with a date;</li>
 *   <li>a one-sentence paragraph that ends with a place or weekday and a full date ("... in Helsinki,
 *       Finland, July 16, 2018.", "... Friday, June 20, 2014."), or with a full date and a place ("...,
 *       Dec. 1, 2018, in Buenos Aires, Argentina.");</li>
 *   <li>a one-sentence paragraph with a place, a weekday and a full date inside ("... in Washington,
 *       Tuesday, June 4, 2019, as part of ..."): prose says "on Tuesday";</li>
 *   <li>a short paragraph that names the photo ("in this handout photo", "[State Department photo]",
 *       an agency credit cut short), or a video's summary ending "VOA's Jane Doe reports" or
 *       "correspondent Jane Doe reports",
 *       "... and has this report from Panama City".</li>
 * </ul>
 */
final class Captions {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ENDS_WITH_DATE = Pattern.compile(",\\s+" + MONTH + "\\s+\\d{1,2},\\s+(?:19|20)\\d\\d\\.?\\s*$");
    private static final Pattern PLACE_OR_DAY_THEN_DATE = Pattern.compile(
            "(?:(?:,|\\bin)\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}|\\b(?:Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday))" + ENDS_WITH_DATE.pattern());
    /** "..., Dec. 1, 2018, in Buenos Aires, Argentina." */
    private static final Pattern DATE_THEN_PLACE = Pattern.compile(
            ",\\s+" + MONTH + "\\s+\\d{1,2},\\s+(?:19|20)\\d\\d,\\s+in\\s+\\p{Lu}[\\p{L}.' -]*(?:,\\s+\\p{Lu}[\\p{L}.' -]*)?\\.?\\s*$");
    /** "in this handout photo", "[State Department photo]", "(AP Photo/…" cut short. */
    private static final Pattern PHOTO_WORDS = Pattern.compile(
            "\\bin this (?:handout )?(?:photo|picture|image)\\b|\\bhandout (?:photo|picture)\\b|\\[[^\\]]*\\bphoto\\b"
            + "|\\((?:AP|AFP|Reuters|EPA)\\s+Pho|\\bphoto (?:courtesy|credit)\\b", Pattern.CASE_INSENSITIVE);
    /** A video's summary ending "VOA's Jane Doe reports". */
    private static final Pattern REPORTS = Pattern.compile("(?:\\p{Lu}[\\p{L}]*['’]s|\\b(?i:correspondent|reporter|producer))"
            + "\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){1,3}(?:reports|has\\s+more|has\\s+the\\s+story)\\.?\\s*$");
    /** "... correspondent Jane Doe is traveling with the president and has this report from Panama City." */
    private static final Pattern HAS_THIS_REPORT = Pattern.compile(
            "\\b(?:has|have|brings?)\\s+(?:this|the|more\\s+in\\s+this)\\s+(?:report|story)\\b[^.!?]*\\.?\\s*$");
    /** "... at the embassy in Washington, Tuesday, June 4, 2019, as part of ...": place, weekday and full date. */
    private static final Pattern PLACE_DAY_DATE_INSIDE = Pattern.compile("\\p{L},\\s+(?:Monday|Tuesday|Wednesday|Thursday"
            + "|Friday|Saturday|Sunday),\\s+" + MONTH + "\\s+\\d{1,2},\\s+(?:19|20)\\d\\d\\b");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "\\((?:AP|AFP|Reuters|EPA|Getty)(?:\\s+Photo)?/[^)]*\\)|\\b(?:REUTERS|AFP|EPA|AP)/\\p{Lu}|\\bAFP via Getty\\b");
    /** "... Jan. 12, 2016. (AP)": a bare agency credit closing the paragraph. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "[.!?\"”’]\\s*[(\\[](?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|VOA|File|AP Photo|AFP Photo)[)\\]]\\s*$");
    private static final Pattern POSITION = Pattern.compile(
            ",\\s+(?:(?:second|third|far|foreground|background)\\s+)?(?:left|right|center|centre)(?:\\s+\\w+)?,|\\((?:L|R|C|left|right|center)\\)");
    /** A sentence end; not the period of "U.S." or "Mr." before a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?=[.!?])(?<![A-Z])(?<!\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Adm|Sgt|St|Jr|Sr|Prof))[.!?][\"”’]?\\s+\\p{Lu}");

    private Captions() {
    }

    /**
     * @param collapsed the article's paragraphs, whitespace collapsed
     * @return how often each paragraph text occurs
     */
    static Map<String, Integer> counts(List<String> collapsed) {
        Map<String, Integer> out = new HashMap<>();
        for (String t : collapsed) {
            out.merge(t, 1, Integer::sum);
        }
        return out;
    }

    private static final Pattern ELLIPSIS_END = Pattern.compile("\\s*(?:…|\\.\\.\\.)$");

    /** How far after a shortened caption its whole copy may stand (the photo's viewer comes right after it). */
    private static final int COPY_REACH = 2;

    /**
     * A caption shown shortened beside the photo and whole in its viewer: "... following their…" then the
     * whole text, within {@value #COPY_REACH} paragraphs (looking no farther keeps a text of many short
     * paragraphs linear).
     *
     * @param all the article's paragraphs, whitespace collapsed
     * @param at the paragraph to test
     * @return true when it ends with an ellipsis and the at least 40 characters before it start one of the
     *     next paragraphs, or all their words (of three letters or more) are in it
     */
    static boolean shortenedCopy(List<String> all, int at) {
        String t = all.get(at);
        java.util.regex.Matcher m = ELLIPSIS_END.matcher(t);
        if (!m.find() || m.start() < 40) {
            return false;
        }
        String stem = t.substring(0, m.start());
        java.util.Set<String> words = words(stem);
        // the same words, perhaps put another way ("the leader of the delegation" / "delegation leader")
        for (int j = at + 1; j < Math.min(all.size(), at + 1 + COPY_REACH); j++) {
            String o = all.get(j);
            if (!o.equals(t) && o.length() > stem.length() + 1 && (o.startsWith(stem) || words(o).containsAll(words))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A video's summary and its photo's caption often say the same thing in other tenses ("are to meet" /
     * "are meeting"): a short paragraph sharing most of its words with the caption right before it.
     *
     * @param caption the caption before, whitespace collapsed
     * @param t the paragraph, whitespace collapsed
     * @return true when {@code t} has at most three sentences and shares at least 60 % of the two
     *     paragraphs' words (of three letters or more)
     */
    static boolean nearCopy(String caption, String t) {
        if (1 + SENTENCE_END.matcher(t).results().count() > 3) {
            return false;
        }
        java.util.Set<String> a = words(caption);
        java.util.Set<String> b = words(t);
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        java.util.Set<String> either = new java.util.HashSet<>(a);
        either.addAll(b);
        return !either.isEmpty() && both.size() >= 0.6 * either.size();
    }

    private static java.util.Set<String> words(String t) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * @param t one paragraph, whitespace collapsed
     * @param occurrences how often it occurs in the article
     * @return a caption verdict, or null
     */
    static Verdict verdict(String t, int occurrences) {
        int sentences = 1 + (int) SENTENCE_END.matcher(t).results().count();
        boolean sentenceLike = t.length() >= 30 && ".!?\"”’)".indexOf(t.charAt(t.length() - 1)) >= 0;
        if (occurrences > 1 && (sentenceLike || t.length() >= 80) && sentences <= 3) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: repeated word for word");
        }
        if (AGENCY_CREDIT.matcher(t).find() && sentences <= 3) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: agency photo credit");
        }
        if (sentences <= 3 && CLOSING_CREDIT.matcher(t).find()) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: ends with an agency credit in brackets");
        }
        if (sentences <= 2 && POSITION.matcher(t).find() && ENDS_WITH_DATE.matcher(t).find()) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: people placed in a picture, with a date");
        }
        if (sentences == 1 && PLACE_OR_DAY_THEN_DATE.matcher(t).find()) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: one sentence ending with a place or day and a date");
        }
        if (sentences == 1 && PLACE_DAY_DATE_INSIDE.matcher(t).find()) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: one sentence with a place, a weekday and a full date");
        }
        if (sentences == 1 && DATE_THEN_PLACE.matcher(t).find()) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: one sentence ending with a date and a place");
        }
        if (sentences <= 3 && PHOTO_WORDS.matcher(t).find()) {
            return Verdict.of(ParagraphKind.CAPTION, "photo caption: names the photo");
        }
        String tail = t.substring(Math.max(0, t.length() - 300)); // both read the end: a long text stays linear
        if (sentences <= 4 && (REPORTS.matcher(tail).find() || HAS_THIS_REPORT.matcher(tail).find())) {
            return Verdict.of(ParagraphKind.CAPTION, "video summary: ends with the reporter's name and \"reports\"");
        }
        return null;
    }
}
