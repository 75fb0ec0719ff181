package io.toneline.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page or fragment into plain text that {@link Segmenter} can split, with jsoup's
 * HTML5 parser (so every named entity, malformed markup and raw-text elements are handled as a
 * browser would):
 * <ul>
 *   <li>the content of {@code script, style, nav, footer, aside, head, title, noscript, template, svg,
 *       iframe, figcaption} is dropped: navigation, code and image captions are not article text;</li>
 *   <li>block elements ({@code p, div, h1-h6, li, br, blockquote, section, article, header, tr} and the
 *       other HTML block elements) end the current paragraph; paragraphs are joined with a blank line, so
 *       headings stay paragraphs of their own;</li>
 *   <li>table cells are separated by a space, other tags vanish without a trace;</li>
 *   <li>whitespace runs, including {@code &nbsp;}, collapse to one space.</li>
 * </ul>
 * The offsets of an analysis of HTML input point into this extracted text, which the answer returns.
 */
public final class HtmlText {

    private static final String DROPPED =
            "script, style, nav, footer, aside, head, title, noscript, template, svg, iframe, figcaption";
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "hr", "blockquote", "section",
            "article", "header", "main", "tr", "table", "thead", "tbody", "tfoot", "figure", "dl", "dt", "dd",
            "pre", "address", "caption", "summary", "details", "body", "html", "form", "fieldset", "legend",
            "center", "hgroup");
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
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        doc.select(DROPPED).remove();
        Out out = new Out();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.text(t.getWholeText());
                } else if (node instanceof Element e) {
                    open(e, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    open(e, out);
                }
            }
        }, doc);
        return String.join("\n\n", out.finish());
    }

    private static void open(Element e, Out out) {
        String name = e.normalName().toLowerCase(Locale.ROOT);
        if (BLOCKS.contains(name)) {
            out.paragraphBreak();
        } else if (CELLS.contains(name)) {
            out.space();
        }
    }

    /** Collects paragraphs, collapsing whitespace as it goes. */
    private static final class Out {
        private final List<String> paragraphs = new ArrayList<>();
        private StringBuilder current = new StringBuilder();
        private boolean pendingSpace;

        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                // a NUL character reference becomes U+FFFD, as HTML5 says (jsoup passes it through)
                char c = s.charAt(i) == '\0' ? '\uFFFD' : s.charAt(i);
                if (Chars.isSpace(c)) {
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
