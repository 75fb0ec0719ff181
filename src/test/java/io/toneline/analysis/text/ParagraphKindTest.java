package io.toneline.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kind detection, one paragraph per row, run through the public {@link Segmenter}. */
class ParagraphKindTest {

    private static ParagraphKind kindOf(String paragraph) {
        List<Paragraph> ps = Segmenter.split(paragraph);
        assertEquals(1, ps.size(), "expected one paragraph for: " + paragraph);
        return ps.get(0).kind();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            By Jane Doe                                                        | BOILERPLATE
            By Jane Doe and John Roe                                           | BOILERPLATE
            BY JANE DOE                                                        | BOILERPLATE
            By Jane Doe, Reuters                                               | BOILERPLATE
            By Jane Doe in Kyiv                                                | BOILERPLATE
            Jane Doe, Reuters                                                  | BOILERPLATE
            Jane Doe, Moscow correspondent                                     | BOILERPLATE
            Published 12 March 2024                                            | BOILERPLATE
            Updated: 3 May 2024 10:32 GMT                                      | BOILERPLATE
            'March 12, 2024'                                                   | BOILERPLATE
            Tuesday 12 March 2024 08.15 GMT                                    | BOILERPLATE
            2024-03-12                                                         | BOILERPLATE
            Last updated on 12/03/2024 at 10:32                                | BOILERPLATE
            'Published 12 March 2024, updated 13 March 2024'                   | BOILERPLATE
            About the author                                                   | BOILERPLATE
            The views expressed in this article are the author's own.          | BOILERPLATE
            'Opinions in this piece are solely the author''s own and do not necessarily reflect those of Example News.' | BOILERPLATE
            This article was originally published by Example News.             | BOILERPLATE
            This article was amended on 4 March to correct a date.             | BOILERPLATE
            Editor's note: names have been changed.                            | BOILERPLATE
            © 2024 Example News                                                | BOILERPLATE
            (c) 2024 Example News Ltd                                          | BOILERPLATE
            Copyright 2024 Example News. All rights reserved.                  | BOILERPLATE
            Example News Group. All rights reserved.                           | BOILERPLATE
            'Read more: Kyiv braces for a hard winter'                         | BOILERPLATE
            Related: What the sanctions mean for oil                           | BOILERPLATE
            Follow us on Twitter                                               | BOILERPLATE
            Follow Jane Doe on X                                               | BOILERPLATE
            Sign up for our newsletter                                         | BOILERPLATE
            Subscribe to our daily briefing.                                   | BOILERPLATE
            'Photo: Jane Doe/Reuters'                                          | BOILERPLATE
            'Photograph: Example Agency'                                       | BOILERPLATE
            'Reporting by Jane Doe; Editing by John Roe'                       | BOILERPLATE
            Additional reporting by Jane Doe in Paris.                         | BOILERPLATE
            Advertisement                                                      | BOILERPLATE
            He declined to comment.                                            | BODY
            By Monday the troops had withdrawn from the town.                  | BODY
            'By contrast, the opposition said the vote was rigged.'            | BODY
            Officials said the talks would resume in May.                      | BODY
            The minister read more than 40 pages of the report aloud.          | BODY
            'Photos of the damage circulated widely on Tuesday.'               | BODY
            Russia Warns NATO Over Baltic Deployments                          | HEADING
            RUSSIA WARNS NATO                                                  | HEADING
            Russia warns Nato over Baltic deployments                          | HEADING
            '## What happens next'                                         | HEADING
            2024 in review                                                     | HEADING
            'Putin: we will not back down'                                     | HEADING
            A thaw that turned to frost: Brussels and Moscow after the gas deal | HEADING
            Seventeen words are too many for a headline so this line without any final stop is body | BODY
            Why did the talks fail?                                            | BODY
            """)
    void classifiesSingleParagraphs(String paragraph, ParagraphKind expected) {
        assertEquals(expected, kindOf(paragraph));
    }

    @Test
    void longShortlessLineIsNotAHeading() {
        String text = "the committee which met on three separate occasions over the summer months without"
                + " reaching any agreement on the budget or the wider reform package";
        assertEquals(ParagraphKind.BODY, kindOf(text));
    }

    @Test
    void aboutTheAuthorCoversHeadingAndBio() {
        String text = "Sanctions Bite\n\n"
                + "The sanctions took effect on Monday.\n\n"
                + "About the author\n\n"
                + "Jane Doe covers Eastern Europe from Warsaw.\n\n"
                + "She is a former Moscow correspondent. Follow her at @janedoe.";
        List<ParagraphKind> kinds = Segmenter.split(text).stream().map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BOILERPLATE,
                ParagraphKind.BOILERPLATE, ParagraphKind.BOILERPLATE), kinds);
    }

    @Test
    void bioSectionEndsWhenTextNoLongerReadsLikeABio() {
        String text = "About the author\n\nJane Doe covers Eastern Europe.\n\n"
                + "Meanwhile the ministry said the plan would go ahead.";
        List<ParagraphKind> kinds = Segmenter.split(text).stream().map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.BOILERPLATE, ParagraphKind.BOILERPLATE, ParagraphKind.BODY), kinds);
    }

    @Test
    void inlineAboutTheAuthorParagraph() {
        String text = "The talks ended.\n\nAbout the author: Jane Doe is a reporter based in Kyiv.";
        List<ParagraphKind> kinds = Segmenter.split(text).stream().map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BOILERPLATE), kinds);
    }
}
