package io.toneline.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    /** Rows use "¶" for the paragraph break so they fit on one line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <p>One.</p><p>Two.</p>                                       | One.¶Two.
            <div>One<br>Two<br/>Three</div>                               | One¶Two¶Three
            <h1>Title</h1><p>Body text.</p>                               | Title¶Body text.
            <p>Some <b>bold</b> and <a href="x">linked</a> words.</p>     | Some bold and linked words.
            <p>  lots   of\\n\\t space  </p>                            | lots of space
            <p>a<span>b</span>c</p>                                       | abc
            <script>var x = "<p>no</p>";</script><p>Yes.</p>              | Yes.
            <style>p { color: red }</style><p>Yes.</p>                    | Yes.
            <nav><ul><li>Home</li></ul></nav><p>Yes.</p>                  | Yes.
            <p>Yes.</p><footer><p>© 2024</p></footer>                     | Yes.
            <aside><aside>x</aside>still aside</aside><p>Yes.</p>         | Yes.
            <head><title>T</title></head><body><p>Yes.</p></body>         | Yes.
            <p>Yes.<!-- hidden <p>comment</p> --></p>                     | Yes.
            <!DOCTYPE html><p>Yes.</p>                                    | Yes.
            <ul><li>One</li><li>Two</li></ul>                             | One¶Two
            <blockquote>Quote.</blockquote>After.                         | Quote.¶After.
            <table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table> | a b¶c
            <figure><img src="x.jpg"><figcaption>Caption</figcaption></figure><p>Body.</p> | Body.
            <section><header><h2>Sub</h2></header><article>Text.</article></section> | Sub¶Text.
            <p title="a > b">Attr.</p>                                    | Attr.
            a < b and c > d                                               | a < b and c > d
            <P CLASS=x>Upper.</P>                                         | Upper.
            <p>L&eacute;vy at the &Eacute;lys&eacute;e</p>                 | Lévy at the Élysée
            <p>Unclosed <b>bold<p>Next                                     | Unclosed bold¶Next
            """)
    void convertsMarkup(String html, String expected) {
        assertEquals(expected.replace("¶", "\n\n"), HtmlText.toText(html.replace("\\n", "\n").replace("\\t", "\t")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom &amp; Jerry          | Tom & Jerry
            &lt;b&gt;                | <b>
            &quot;hi&quot; &apos;x&apos; | "hi" 'x'
            a&nbsp;b                 | a b
            a &mdash; b &ndash; c    | a — b – c
            &lsquo;x&rsquo;          | ‘x’
            &ldquo;x&rdquo;&hellip;  | “x”…
            &#65;&#x42;&#X43;        | ABC
            &#x1F600;                | 😀
            a&#0;b                   | a\uFFFDb
            &unknown; stays          | &unknown; stays
            AT&T                     | AT&T
            """)
    void decodesEntities(String html, String expected) {
        assertEquals(expected.replace("\\uFFFD", "\uFFFD"), HtmlText.toText(html));
    }

    @Test
    void headingsBecomeHeadingParagraphs() {
        String html = "<html><head><title>Site</title></head><body><nav>Menu</nav>"
                + "<article><h1>Russia Warns NATO</h1><p class=\"byline\">By Jane Doe</p>"
                + "<p>Moscow said on Monday that the deployment was a provocation.</p>"
                + "<h2>What comes next</h2><p>Talks are due in May.</p></article>"
                + "<footer>Copyright Example</footer></body></html>";
        String text = HtmlText.toText(html);
        List<ParagraphKind> kinds = Segmenter.split(text).stream().map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.BYLINE, ParagraphKind.BODY,
                ParagraphKind.HEADING, ParagraphKind.BODY), kinds);
    }

    @Test
    void nullAndEmpty() {
        assertEquals("", HtmlText.toText(null));
        assertEquals("", HtmlText.toText("<div> </div>"));
    }
}
