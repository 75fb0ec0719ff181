package io.toneline.analysis.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises paragraphs that are page furniture rather than article text. Every test works on the
 * paragraph with whitespace collapsed; see {@link ParagraphClassifier} for the full rule list.
 */
final class Boilerplate {

    /** Leading phrases, case-insensitive at the paragraph start, each with the kind it gives and why. */
    private static final List<Rule> LEADING = List.of(
            rule(ParagraphKind.BOILERPLATE, "copyright", "^(?:©|\\(c\\)\\s*\\d|copyright\\b)"),
            rule(ParagraphKind.BOILERPLATE, "disclaimer", "^(?:(?:the\\s+)?(?:views|opinions)\\s+expressed\\b"
                    + "|this\\s+(?:article|story|piece|report|content)\\s+(?:was|has\\s+been|is\\s+(?:part|an?\\s+updated)"
                    + "|first|originally)\\b|disclaimer\\b|editor'?s\\s+note\\b)"),
            rule(ParagraphKind.NAVIGATION, "link to other stories", "^(?:read\\s+more\\b|read\\s+also\\b|also\\s+read\\b"
                    + "|related(?:\\s+(?:sites|stories|articles|content|coverage|topics))?\\s*(?::|$)|see\\s+also\\s*:"
                    + "|related\\s+(?:report|story|video|article)s?\\s+by\\b"
                    + "|more\\s+on\\s+this\\s+story\\b|you\\s+may\\s+(?:also\\s+)?like\\b|most\\s+(?:read|popular)\\b)"),
            rule(ParagraphKind.NAVIGATION, "follow, share or subscribe prompt", "^(?:follow\\s+us\\b"
                    + "|follow\\s+(?:[\\p{L}.'-]+\\s+){1,3}on\\s+(?:twitter|x|facebook|instagram|telegram"
                    + "|linkedin|threads|bluesky|tiktok|youtube|mastodon)\\b"
                    + "|sign\\s+up\\b|subscribe\\s+(?:to|for|now)\\b|get\\s+our\\s+newsletter\\b|share\\s+this\\b"
                    + "|click\\s+(?:here|to\\s+enlarge)\\b|advertisement\\b|print\\s*$|share\\s*$|email\\s*$)"),
            rule(ParagraphKind.NAVIGATION, "page furniture", "^(?:accessibility\\s+links|skip\\s+to\\s+(?:main\\s+)?content"
                    + "|breaking\\s+news|featured\\s+story|no\\s+media\\s+source\\s+currently\\s+available|please\\s+wait"
                    + "|en\\s+español|embed|home)\\s*$"),
            rule(ParagraphKind.CAPTION, "photo credit", "^(?:(?:photo|photograph|image|picture|video|graphic|illustration)s?"
                    + "(?:\\s+credit)?\\s*[:|]|(?:photo|image|picture)\\s+by\\b|\\((?:photo|image|picture)\\b)"),
            rule(ParagraphKind.CAPTION, "photo caption: FILE prefix", "^file(?:\\s+photo)?\\s*[-–—:]\\s"),
            rule(ParagraphKind.CREDIT, "reporting credit", "^(?:(?:additional\\s+)?(?:reporting|writing|editing|research)\\s+by\\b"
                    + "|some\\s+(?:information|material)\\s+(?:for|in)\\s+this\\s+(?:report|story)\\b)"),
            rule(ParagraphKind.BOILERPLATE, "publisher's note", "^(?:the\\s+preceding\\s+(?:was|is)\\s+an\\s+editorial\\b"
                    + "|national\\s+archives\\b.{0,40}\\bhistorical\\s+material\\b"
                    + "|this\\s+is\\s+.{0,40}\\bin\\s+VOA\\s+(?:special|learning)\\s+english\\b)"),
            rule(ParagraphKind.NAVIGATION, "a short line in another script: a language link",
                    "^(?=.*\\p{L})[^\\p{IsLatin}\\p{N}]{1,40}$"),
            rule(ParagraphKind.BOILERPLATE, "transcript marker", "^(?:begin|end)\\s+text\\s*[:.]?\\s*$"),
            rule(ParagraphKind.NAVIGATION, "media player: times alone", "^(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\s+(?:\\d{1,2}:)?\\d{1,2}:\\d{2})*$"),
            rule(ParagraphKind.CAPTION, "image placeholder", "^[•·*]?\\s*\\d+\\s*x\\s*\\d+\\s+image\\s*$"),
            rule(ParagraphKind.NAVIGATION, "a lone lower-case word: a page control", "^\\p{Ll}[\\p{Ll}-]{0,15}$"),
            rule(ParagraphKind.BOILERPLATE, "separator line", "^[_\\-–—=*~•·.\\s]{3,}$"),
            rule(ParagraphKind.BOILERPLATE, "word list entry", "^[\\p{L}' -]{1,40}\\s[-–—]\\s(?:n|v|adj|adv|prep|phr|idiom)\\.\\s"));

    /** Phrases that mark furniture anywhere in a paragraph. */
    private static final List<Rule> ANYWHERE = List.of(
            rule(ParagraphKind.BOILERPLATE, "copyright", "all\\s+rights\\s+reserved"),
            rule(ParagraphKind.BOILERPLATE, "disclaimer", "are\\s+(?:the|solely\\s+the)\\s+author'?s\\s+own"
                    + "|are\\s+those\\s+of\\s+the\\s+authors?\\b|do\\s+not\\s+necessarily\\s+(?:reflect|represent)"),
            rule(ParagraphKind.CREDIT, "reporting credit", ";\\s*editing\\s+by\\b|\\b(?:reported|wrote)\\s+(?:this|the)\\s+"
                    + "(?:story|report)\\b|\\badapted\\s+(?:it|this\\s+story|the\\s+story)\\s+for\\b|\\bwas\\s+the\\s+editor\\b"
                    + "|\\bcontributed\\s+to\\s+this\\s+(?:report|story)\\b"),
            rule(ParagraphKind.BOILERPLATE, "comment prompt", "\\bleave\\s+a\\s+comment\\b|\\bwrite\\s+to\\s+us\\b"
                    + "|\\bcomments?\\s+section\\b|^show\\s+comments\\b|\\bpost\\s+on\\s+our\\s+facebook\\s+page\\b"),
            rule(ParagraphKind.NAVIGATION, "follow prompt", "\\bfollow (?:him|her|them|us|me)\\b[^.]{0,40}\\bon "
                    + "(?:twitter|x|facebook|instagram|telegram)\\b"),
            rule(ParagraphKind.NAVIGATION, "teaser link to another story", "[^.!?:;,\"”]\\s+(?:More|Read more)\\s*[»>]*\\s*$"),
            rule(ParagraphKind.BOILERPLATE, "player or browser notice", "\\byour\\s+browser\\s+does(?:n['’]t|\\s+not)\\s+support\\b"),
            rule(ParagraphKind.BOILERPLATE, "publisher's self-description", "\\bprovides\\s+news\\s+and\\s+information\\s+in\\s+"
                    + "more\\s+than\\s+\\d+\\s+languages\\b"));

    /** A kind, why, and the pattern that decides it. */
    private record Rule(ParagraphKind kind, String reason, Pattern pattern) {}

    private static Rule rule(ParagraphKind kind, String reason, String regex) {
        return new Rule(kind, reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** "About the author(s)", which opens an author bio section. */
    private static final Pattern ABOUT = Pattern.compile("^about\\s+the\\s+authors?\\b", Pattern.CASE_INSENSITIVE);

    /** Agency or role words that make "Jane Doe, X" a byline. */
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "\\b(?:reuters|associated\\s+press|ap|afp|bloomberg|bbc|cnn|correspondent|reporter|editor|writer|staff"
            + "|news|press|times|post|journal|agency|contributor|columnist)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "van", "von", "der", "den", "bin", "al", "da", "del", "la", "le", "di", "du", "dos");

    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");

    private static final Set<String> DAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    /** Words allowed around a date in a date-only line. */
    private static final Set<String> DATE_WORDS = Set.of(
            "published", "updated", "last", "first", "posted", "modified", "on", "at", "date", "am", "pm", "a.m",
            "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "et", "ist", "msk", "jst", "aest",
            "and", "z");

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}(?:t[\\d:.]+z?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:am|pm)?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:st|nd|rd|th)?");

    private Boilerplate() {
    }

    /** True when the paragraph opens an "About the author" section. */
    static boolean isAboutAuthor(String t) {
        return ABOUT.matcher(t).find();
    }

    /** True for the patterns listed in {@link ParagraphClassifier}. */
    static boolean matches(String t) {
        return verdict(t) != null;
    }

    /**
     * @param t paragraph with whitespace collapsed
     * @return its kind and reason when it is page furniture by these rules, else null
     */
    static Verdict verdict(String t) {
        for (List<Rule> rules : List.of(LEADING, ANYWHERE)) { // leading rules first: their patterns start with ^
            for (Rule r : rules) {
                Matcher m = r.pattern().matcher(t);
                if (rules == LEADING ? m.lookingAt() : m.find()) { // lookingAt: no retry at every later offset
                    return Verdict.of(r.kind(), r.reason());
                }
            }
        }
        if (isAboutAuthor(t)) {
            return Verdict.of(ParagraphKind.BYLINE, "about the author");
        }
        if (isByline(t)) {
            return Verdict.of(ParagraphKind.BYLINE, "byline");
        }
        if (SIGN_OFF.matcher(t).matches()) {
            return Verdict.of(ParagraphKind.BYLINE, "reporter's sign-off");
        }
        if (AUTHOR_BIO.matcher(t).find() && !REPORTED.matcher(t).find()) {
            return Verdict.of(ParagraphKind.BYLINE, "author bio");
        }
        if (isDateOnly(t)) {
            return Verdict.of(ParagraphKind.DATELINE, "date alone on a line");
        }
        if (PLACE_DASH.matcher(t).matches()) {
            return Verdict.of(ParagraphKind.DATELINE, "place and dash alone on a line");
        }
        if (BREADCRUMB.matcher(t).matches()) {
            return Verdict.of(ParagraphKind.NAVIGATION, "breadcrumb");
        }
        return null;
    }

    /** "I'm Jane Doe." closing a broadcast-style story. */
    private static final Pattern SIGN_OFF = Pattern.compile("I['’]m\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}\\.?");

    /** "Jane Doe is a New Delhi-based policy analyst and visiting fellow at ...". */
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3}\\s+is\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,6}"
            + "(?:analyst|fellow|professor|researcher|journalist|correspondent|writer|editor|director|columnist|author"
            + "|scholar|lecturer|contributor)\\b");

    /** A source introduced before what they said ("... is a professor at X. She told VOA ..."): not a bio. */
    private static final Pattern REPORTED = Pattern.compile("\\b(?:told|tells|said|says)\\b");

    /** "WASHINGTON —", "KYIV, Ukraine -". */
    private static final Pattern PLACE_DASH = Pattern.compile("\\p{Lu}[\\p{Lu} .'-]{2,}(?:,\\s*\\p{Lu}[\\p{L}. ]+)?\\s*[-–—]+");

    /** "Home > News > Americas", "News / Middle East". */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "[\\p{L}&' ]{1,30}(?:\\s+(?:>|/|»|›)\\s+[\\p{L}&' ]{1,30}){1,5}");

    /** "By Jane Doe", "By Jane Doe and John Roe in Kyiv", "Jane Doe, Reuters". */
    static boolean isByline(String t) {
        String s = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        if (s.split(" ").length > 16) {
            return false;
        }
        if (s.regionMatches(true, 0, "by ", 0, 3)) {
            String[] parts = s.substring(3).split("\\s*(?:,|\\||;|\\s+and\\s+|\\s+&\\s+|\\s+[-–—]\\s+)\\s*");
            boolean sawName = false;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].replaceFirst("\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?$", "");
                if (isName(part)) {
                    sawName = true;
                } else if (!(sawName && i == parts.length - 1 && isCapitalisedPhrase(part))) {
                    return false;
                }
            }
            return sawName;
        }
        int comma = s.indexOf(',');
        return comma > 0 && isName(s.substring(0, comma).trim()) && s.split(" ").length <= 8
                && BYLINE_TAIL.matcher(s.substring(comma + 1)).find();
    }

    /** One to four capitalised words (name particles allowed inside), none of them a day or month. */
    private static boolean isName(String part) {
        String[] words = part.trim().split("\\s+");
        if (words.length == 0 || words.length > 5 || words[0].isEmpty()) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (i > 0 && i < words.length - 1 && NAME_PARTICLES.contains(lower)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) || !w.matches("[\\p{L}'’.-]+")
                    || MONTHS.contains(lower) || DAYS.contains(lower)) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 1 && capitalised <= 4;
    }

    private static boolean isCapitalisedPhrase(String part) {
        String[] words = part.trim().split("\\s+");
        if (words.length > 5 || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w) && !w.equals("of")) {
                return false;
            }
        }
        return true;
    }

    /** A line holding only a date (and time, time zone, "Published"/"Updated" words). */
    static boolean isDateOnly(String t) {
        if (t.length() > 100) {
            return false;
        }
        boolean sawDate = false;
        for (String raw : t.toLowerCase(Locale.ROOT).split("[\\s,|·•()–—]+|(?<=[a-z]):")) {
            String w = raw.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            if (MONTHS.contains(w) || NUMERIC_DATE.matcher(w).matches()) {
                sawDate = true;
            } else if (NUMBER.matcher(w).matches() || TIME.matcher(w).matches()) {
                if (w.length() == 4 && w.matches("(?:19|20)\\d\\d")) {
                    sawDate = true;
                }
            } else if (!DAYS.contains(w) && !DATE_WORDS.contains(w)) {
                return false;
            }
        }
        return sawDate;
    }
}
