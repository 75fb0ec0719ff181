package io.toneline.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an HTML page or fragment into plain text that {@link Segmenter} can split.
 *
 * <p>A small hand-written scanner, not a full HTML parser:
 * <ul>
 *   <li>comments, doctype and processing instructions are dropped;</li>
 *   <li>the content of {@code script, style, nav, footer, aside, head, title, noscript, template, svg,
 *       iframe} elements is dropped (nesting of the same element is followed);</li>
 *   <li>block elements ({@code p, div, h1-h6, li, br, blockquote, section, article, header, tr, figcaption}
 *       and similar) end the current paragraph; paragraphs are joined with a blank line, so headings stay
 *       paragraphs of their own;</li>
 *   <li>table cells are separated by a space, other tags vanish without a trace;</li>
 *   <li>whitespace runs, including {@code &nbsp;}, collapse to one space; entities are decoded.</li>
 * </ul>
 * Preformatted text is collapsed like everything else.
 */
public final class HtmlText {

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "nav", "footer", "aside", "head", "title", "noscript", "template", "svg", "iframe");
    /** Elements whose content is raw text: scanning for tags inside them would be wrong. */
    private static final Set<String> RAW = Set.of("script", "style");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "hr", "blockquote", "section",
            "article", "header", "main", "tr", "table", "thead", "tbody", "tfoot", "figure", "figcaption", "dl",
            "dt", "dd", "pre", "address", "caption", "summary", "details", "body", "html", "form", "fieldset",
            "legend", "center", "hgroup");
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    /**
     * Extracts readable text from HTML.
     *
     * @param html markup; {@code null} gives an empty string
     * @return paragraphs separated by {@code "\n\n"}, no leading or trailing whitespace
     */
    public static String toText(String html) {
        if (html == null) {
            return "";
        }
        Out out = new Out();
        int n = html.length();
        int i = 0;
        while (i < n) {
            if (html.charAt(i) != '<') {
                int next = html.indexOf('<', i + 1);
                int end = next < 0 ? n : next;
                out.text(HtmlEntities.decode(html.substring(i, end)));
                i = end;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (i + 1 < n && (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?')) {
                int close = html.indexOf('>', i);
                i = close < 0 ? n : close + 1;
                continue;
            }
            Tag tag = Tag.parse(html, i);
            if (tag == null) {
                out.text("<"); // a literal '<' such as "a < b"
                i++;
                continue;
            }
            i = tag.end;
            if (!tag.closing && !tag.selfClosing && DROPPED.contains(tag.name)) {
                i = skipElement(html, i, tag.name);
                out.paragraphBreak();
            } else if (BLOCKS.contains(tag.name) || DROPPED.contains(tag.name)) {
                out.paragraphBreak();
            } else if (CELLS.contains(tag.name)) {
                out.space();
            }
        }
        return String.join("\n\n", out.finish());
    }

    /** Returns the offset just past the element that starts at {@code from} (after its open tag). */
    private static int skipElement(String html, int from, String name) {
        int n = html.length();
        String lower = RAW.contains(name) ? html.toLowerCase(Locale.ROOT) : null;
        int depth = 1;
        int i = from;
        while (i < n) {
            int lt = lower != null ? lower.indexOf("</" + name, i) : html.indexOf('<', i);
            if (lt < 0) {
                return n;
            }
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            Tag tag = Tag.parse(html, lt);
            if (tag == null) {
                i = lt + 1;
                continue;
            }
            i = tag.end;
            if (tag.name.equals(name) && !tag.selfClosing) {
                depth += tag.closing ? -1 : 1;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return n;
    }

    /** A parsed start or end tag: lower-case name and the offset after its '>'. */
    private record Tag(String name, boolean closing, boolean selfClosing, int end) {

        static Tag parse(String html, int lt) {
            int n = html.length();
            int i = lt + 1;
            boolean closing = i < n && html.charAt(i) == '/';
            if (closing) {
                i++;
            }
            int nameStart = i;
            if (i >= n || !isAsciiLetter(html.charAt(i))) {
                return null;
            }
            while (i < n && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-'
                    || html.charAt(i) == ':')) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            char quote = 0;
            for (; i < n; i++) {
                char c = html.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return new Tag(name, closing, html.charAt(i - 1) == '/', i + 1);
                }
            }
            return new Tag(name, closing, false, n); // unterminated tag: drop the rest
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }

    /** Collects paragraphs, collapsing whitespace as text arrives. */
    private static final class Out {
        private final List<String> paragraphs = new ArrayList<>();
        private StringBuilder current = new StringBuilder();
        private boolean pendingSpace;

        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Segmenter.isSpace(c)) {
                    pendingSpace = current.length() > 0;
                } else {
                    if (pendingSpace) {
                        current.append(' ');
                        pendingSpace = false;
                    }
                    current.append(c);
                }
            }
        }

        void space() {
            pendingSpace = current.length() > 0;
        }

        void paragraphBreak() {
            if (current.length() > 0) {
                paragraphs.add(current.toString());
                current = new StringBuilder();
            }
            pendingSpace = false;
        }

        List<String> finish() {
            paragraphBreak();
            return paragraphs;
        }
    }
}
