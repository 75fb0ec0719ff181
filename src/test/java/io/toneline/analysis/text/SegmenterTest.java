package io.toneline.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterTest {

    /** Renders paragraphs as "start-end:KIND" so a table row can state the whole expected split. */
    private static String layout(String text) {
        return Segmenter.split(text).stream()
                .map(p -> p.start() + "-" + p.end() + ":" + p.kind())
                .collect(Collectors.joining(" "));
    }

    private static List<String> texts(String text) {
        return Segmenter.split(text).stream().map(p -> p.text(text)).toList();
    }

    static Stream<Arguments> offsets() {
        return Stream.of(
                Arguments.of("One sentence here.", "0-18:BODY"),
                Arguments.of("First para.\n\nSecond para.", "0-11:BODY 13-25:BODY"),
                Arguments.of("  First para.  \n \t \n  Second para.\n", "2-13:BODY 22-34:BODY"),
                Arguments.of("First para.\r\n\r\nSecond para.", "0-11:BODY 15-27:BODY"),
                Arguments.of("First para.\r\rSecond para.", "0-11:BODY 13-25:BODY"),
                Arguments.of("Title Here\n\nBody text goes on.\n\n\n\nMore body.",
                        "0-10:HEADING 12-30:BODY 34-44:BODY"));
    }

    @ParameterizedTest
    @MethodSource("offsets")
    void splitsOnBlankLinesWithExactOffsets(String text, String expected) {
        assertEquals(expected, layout(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\r\n", " \t\u00A0 \n "})
    void emptyOrWhitespaceGivesNothing(String text) {
        assertTrue(Segmenter.split(text).isEmpty());
    }

    @Test
    void nullGivesNothing() {
        assertTrue(Segmenter.split(null).isEmpty());
    }

    @Test
    void indexesAreSequentialAndTextMatchesOffsets() {
        String text = "A.\n\nB.\n\nC.";
        List<Paragraph> ps = Segmenter.split(text);
        for (int i = 0; i < ps.size(); i++) {
            assertEquals(i, ps.get(i).index());
        }
        assertEquals(List.of("A.", "B.", "C."), texts(text));
    }

    @Test
    void crlfOffsetsIndexTheOriginal() {
        String text = "Moscow said on Monday that talks had stalled.\r\n\r\n"
                + "Kyiv rejected the claim in a statement late on Tuesday.\r\n";
        assertEquals(List.of("Moscow said on Monday that talks had stalled.",
                "Kyiv rejected the claim in a statement late on Tuesday."), texts(text));
    }

    @Test
    void singleNewlinesSeparateParagraphsWhenLinesLookLikeParagraphs() {
        String text = "The government announced new sanctions on Monday, officials said.\n"
                + "Critics argued that the measures would hurt ordinary people more than the elite.\n"
                + "The ministry did not respond to a request for comment.";
        assertEquals(3, texts(text).size());
        assertEquals("Critics argued that the measures would hurt ordinary people more than the elite.",
                texts(text).get(1));
    }

    @Test
    void singleNewlinesInCrlfTextSplitToo() {
        String text = "The government announced new sanctions on Monday, officials said.\r\n"
                + "Critics argued that the measures would hurt ordinary people more than the elite.\r\n";
        assertEquals("0-65:BODY 67-147:BODY", layout(text));
    }

    @Test
    void hardWrappedTextStaysOneParagraph() {
        String text = "The foreign minister said on Tuesday that the country would not accept\n"
                + "any agreement that left its eastern regions under occupation, adding that\n"
                + "talks could only resume once troops had withdrawn from the border and the\n"
                + "shelling of civilian areas had stopped.";
        assertEquals("0-" + text.length() + ":BODY", layout(text));
    }

    @Test
    void titleAndBylineAboveHardWrappedTextAreSplitOff() {
        String text = "Talks Stall Again\n"
                + "By Jane Doe\n"
                + "The foreign minister said on Tuesday that the country would not accept\n"
                + "any agreement that left its eastern regions under occupation, adding that\n"
                + "talks could only resume once troops had withdrawn.";
        List<Paragraph> ps = Segmenter.split(text);
        assertEquals(3, ps.size());
        assertEquals(ParagraphKind.HEADING, ps.get(0).kind());
        assertEquals(ParagraphKind.BYLINE, ps.get(1).kind());
        assertEquals(ParagraphKind.BODY, ps.get(2).kind());
        assertTrue(ps.get(2).text(text).endsWith("withdrawn."));
    }

    @Test
    void shortStackedLinesAreSeparateParagraphs() {
        String text = "Russia Warns NATO\nBy Jane Doe\nMarch 12, 2024";
        assertEquals("0-17:HEADING 18-29:BYLINE 30-44:DATELINE", layout(text));
    }
}
