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
            By Jane Doe                                                        | BYLINE
            By Jane Doe and John Roe                                           | BYLINE
            BY JANE DOE                                                        | BYLINE
            By Jane Doe, Reuters                                               | BYLINE
            By Jane Doe in Kyiv                                                | BYLINE
            Jane Doe, Reuters                                                  | BYLINE
            Jane Doe, Moscow correspondent                                     | BYLINE
            Published 12 March 2024                                            | DATELINE
            Updated: 3 May 2024 10:32 GMT                                      | DATELINE
            'March 12, 2024'                                                   | DATELINE
            Tuesday 12 March 2024 08.15 GMT                                    | DATELINE
            2024-03-12                                                         | DATELINE
            Last updated on 12/03/2024 at 10:32                                | DATELINE
            'Published 12 March 2024, updated 13 March 2024'                   | DATELINE
            About the author                                                   | BYLINE
            The views expressed in this article are the author's own.          | BOILERPLATE
            'Opinions in this piece are solely the author''s own and do not necessarily reflect those of Example News.' | BOILERPLATE
            This article was originally published by Example News.             | BOILERPLATE
            This article was amended on 4 March to correct a date.             | BOILERPLATE
            Editor's note: names have been changed.                            | BOILERPLATE
            © 2024 Example News                                                | BOILERPLATE
            (c) 2024 Example News Ltd                                          | BOILERPLATE
            Copyright 2024 Example News. All rights reserved.                  | BOILERPLATE
            Example News Group. All rights reserved.                           | BOILERPLATE
            'Read more: Kyiv braces for a hard winter'                         | NAVIGATION
            Related: What the sanctions mean for oil                           | NAVIGATION
            Follow us on Twitter                                               | NAVIGATION
            Follow Jane Doe on X                                               | NAVIGATION
            Sign up for our newsletter                                         | NAVIGATION
            Subscribe to our daily briefing.                                   | NAVIGATION
            'Photo: Jane Doe/Reuters'                                          | CAPTION
            'Photograph: Example Agency'                                       | CAPTION
            'Reporting by Jane Doe; Editing by John Roe'                       | CREDIT
            Additional reporting by Jane Doe in Paris.                         | CREDIT
            Advertisement                                                      | NAVIGATION
            'Some information for this report was provided by AFP, AP and Reuters.' | CREDIT
            VOA News reported this story. Jane Doe adapted it for VOA Learning English. | CREDIT
            'Jane Doe is a New Delhi-based policy analyst and visiting fellow at the Example Institute.' | BYLINE
            I'm Jane Doe.                                                      | BYLINE
            'Read more (The Guardian) >>'                                      | NAVIGATION
            Home > News > Americas                                             | NAVIGATION
            News / Middle East                                                 | NAVIGATION
            Accessibility links                                                | NAVIGATION
            Breaking News                                                      | NAVIGATION
            Related sites                                                      | NAVIGATION
            WASHINGTON —                                                       | DATELINE
            'KYIV, Ukraine -'                                                  | DATELINE
            'FILE - Iran''s flag flies in Tehran, March 6, 2019.'              | CAPTION
            'Protesters march in Kyiv, Ukraine, Feb. 20, 2014. REUTERS/Jane Doe' | CAPTION
            'Protesters march in Kyiv (AP Photo/Jane Doe)'                     | CAPTION
            'Jane Doe, left, speaks while John Roe listens in Washington on Jan. 12, 2016. (AP)' | CAPTION
            'The ministers met in Geneva. (Reuters)'                          | CAPTION
            'The talks resumed, the agency (AP) said, after a long pause.'     | BODY
            'Jane Doe, left, shakes hands with John Roe in Geneva, Switzerland, Jan. 24, 2014.' | CAPTION
            'Troops prepare to travel near the town of Yanakiyevo, Friday, June 20, 2014.' | CAPTION
            'What do you think? Please leave a comment or post on our Facebook page.' | BOILERPLATE
            Your browser doesn't support HTML5                                 | BOILERPLATE
            The treaty was signed in Vienna on July 14, 2015, after two years of talks. | BODY
            'The talks resumed on Monday. The two sides signed the accord in Geneva, Switzerland, Jan. 24, 2014.' | BODY
            'Troops fire artillery during exercises in Hsinchu, northeastern Taiwan, Sept. 10, 2015.' | CAPTION
            'The two leaders meet at the G-20 Summit, Dec. 1, 2018, in Buenos Aires, Argentina.' | CAPTION
            'A surveillance ship cruises near the islands in this handout photo taken by the coast guard.' | CAPTION
            'The minister speaks to reporters in Tel Aviv on December 6, 2013. [State Department photo]' | CAPTION
            'Delegates are to meet face-to-face for the first time on Saturday. VOA''s Jane Doe reports' | CAPTION
            'Then follow him on Twitter, @janedoe, to get the latest.'        | NAVIGATION
            'Kerry arrives in Lagos shortly after troops repel an attack on the capital More' | NAVIGATION
            'The talks ended on Dec. 1, 2018, in Buenos Aires. Both sides agreed to meet again in Geneva.' | BODY
            'He said he would say more later about the talks.'                 | BODY
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
            The European Union has suspended its talks with the junta         | BODY
            'China warns of ''grave consequences'' over the arms sale'         | HEADING
            Ministers have agreed to meet again after the summit               | BODY
            Seventeen words are too many for a headline so this line without any final stop is body | BODY
            Why did the talks fail?                                            | BODY
            Some material in this report came from Example Wire.               | CREDIT
            'Related report by Jane Doe, "Talks Stall Over Gas Prices"'       | NAVIGATION
            Related reports say the talks stalled over gas prices.             | BODY
            Begin text:                                                        | BOILERPLATE
            0:00 0:04:14 0:00                                                  | NAVIGATION
            The meeting ran from 9:00 to 11:30 on Monday.                      | BODY
            • 16x9 Image                                                       | CAPTION
            x                                                                  | NAVIGATION
            update                                                             | NAVIGATION
            ________________________________                                   | BOILERPLATE
            ceasefire – n. an agreement to stop fighting for a time            | BOILERPLATE
            'Jane Doe is a professor at the Example University. She told reporters the talks would fail.' | BODY
            'Ministers arrive for talks at the embassy in Geneva, Tuesday, June 4, 2019, as part of a delegation.' | CAPTION
            'On Tuesday, June 4, 2019, the ministers met in Geneva to discuss the accord.' | BODY
            'Leaders met at the summit on Friday. Jane Doe is traveling with the minister and has this report from Geneva.' | CAPTION
            'The president met his counterpart on Friday. Correspondent Jane Doe reports.' | CAPTION
            The preceding was an editorial reflecting the views of the United States Government. | BOILERPLATE
            This is IN THE NEWS in VOA Special English.                         | BOILERPLATE
            Русская служба                                                     | NAVIGATION
            'U.S. Secretary of State Jane Roe speaks during a news conference in Doha, Qatar, Feb. 29, 2020.' | CAPTION
            'U.S. President Jane Roe holds a declaration at the White House in Washington, July 8, 2020.' | CAPTION
            'The U.S. and Qatar signed the accord. Talks resume on Feb. 29, 2020.'  | BODY
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
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BYLINE,
                ParagraphKind.BYLINE, ParagraphKind.BYLINE), kinds);
    }

    @Test
    void bioSectionEndsWhenTextNoLongerReadsLikeABio() {
        String text = "About the author\n\nJane Doe covers Eastern Europe.\n\n"
                + "Meanwhile the ministry said the plan would go ahead.";
        List<ParagraphKind> kinds = Segmenter.split(text).stream().map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.BYLINE, ParagraphKind.BYLINE, ParagraphKind.BODY), kinds);
    }

    @Test
    void inlineAboutTheAuthorParagraph() {
        String text = "The talks ended.\n\nAbout the author: Jane Doe is a reporter based in Kyiv.";
        List<ParagraphKind> kinds = Segmenter.split(text).stream().map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BYLINE), kinds);
    }

    @Test
    void aCaptionRepeatedWordForWordIsACaptionWithItsReason() {
        String caption = "Officials meet at the talks venue before the first session of negotiations.";
        String text = caption + "\n\nThe two sides met for three hours on Monday.\n\n" + caption;
        List<Paragraph> ps = Segmenter.split(text);
        assertEquals(List.of(ParagraphKind.CAPTION, ParagraphKind.BODY, ParagraphKind.CAPTION),
                ps.stream().map(Paragraph::kind).toList());
        assertEquals("photo caption: repeated word for word", ps.get(0).reason());
        assertEquals(null, ps.get(1).reason());
    }

    @Test
    void aRepeatedBlockIsBodyOnceAndACopyAfter() {
        String a = "The ministry said on Tuesday that the envoys have two days to leave.";
        String b = "The two countries have not exchanged ambassadors since 2010.";
        String text = a + "\n\n" + b + "\n\nThe talks are expected to resume next month.\n\n" + a + "\n\n" + b;
        List<Paragraph> ps = Segmenter.split(text);
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BOILERPLATE,
                ParagraphKind.BOILERPLATE), ps.stream().map(Paragraph::kind).toList());
        assertEquals("repeated block: a copy of paragraphs above", ps.get(3).reason());
    }

    @Test
    void manyShortParagraphsWithOneRepeatedLineAreClassifiedInOnePass() {
        // a pasted text of 40,000 short paragraphs, every other one the same: no repeated block, and the
        // classification stays linear in the paragraphs
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("The same caption line is shown again here.\n\nTalks went on for day ").append(i).append(".\n\n");
        }
        List<Paragraph> ps = Segmenter.split(text.toString());
        assertEquals(40_000, ps.size());
        assertEquals(20_000, ps.stream().filter(p -> p.kind() == ParagraphKind.BODY).count());
    }

    @Test
    void aCaptionCutShortBeforeItsWholeCopyIsACaption() {
        String whole = "The two presidents shake hands during a news conference following their talks in the capital.";
        String text = "The two presidents shake hands during a news conference following their…\n\n" + whole
                + "\n\nThe talks lasted six hours.";
        List<ParagraphKind> kinds = Segmenter.split(text).stream().map(Paragraph::kind).toList();
        assertEquals(ParagraphKind.CAPTION, kinds.get(0));
        assertEquals(ParagraphKind.BODY, kinds.get(2));
        // the same words put another way in the whole caption
        text = "Jane Roe, the leader of the delegation, and John Doe, envoy for peace,…\n\n"
                + "Jane Roe, delegation leader, and John Doe, envoy for peace, shake hands after signing the accord.";
        assertEquals(ParagraphKind.CAPTION, Segmenter.split(text).get(0).kind());
        // an ellipsis alone is no copy: the same words do not start another paragraph
        assertEquals(ParagraphKind.BODY, kindOf("The minister said the two sides were close to a deal but that…"));
    }

    @Test
    void aTeaserCutOffMidWordIsNotBodyButALastParagraphCutShortStays() {
        String teaser = "The two leaders met for the first time in decades at the summit of the region's states."
                + " The handshake is to be followed by a more su";
        List<ParagraphKind> kinds = Segmenter.split(teaser + "\n\nThe talks lasted six hours.").stream()
                .map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.CAPTION, ParagraphKind.BODY), kinds);
        kinds = Segmenter.split("The talks lasted six hours.\n\n" + teaser).stream().map(Paragraph::kind).toList();
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY), kinds);
    }

    /** caption before, paragraph after it, kind of the paragraph after */
    private static final String[][] NEAR_COPIES = {
        {"Jane Doe, left, meets John Roe in Geneva, Switzerland, Jan. 24, 2014.",
            "Jane Doe and John Roe are meeting in Geneva for the first time.", "BODY"},
        {"Representatives of both governments are to meet for the first time Saturday in Geneva, after days of threats."
            + " VOA's Al Pessin reports.",
            "Representatives of both governments are meeting for the first time Saturday in Geneva, after days of threats.",
            "CAPTION"},
        {"Representatives of both governments are to meet for the first time Saturday in Geneva. VOA's Al Pessin reports.",
            "The talks in Geneva collapsed on Sunday after both governments walked out over the agenda.", "BODY"},
    };

    /** Each row: two paragraphs and the expected kind of the one at {@code which}. */
    private static void kindsOfPairs(String[][] rows, int which) {
        for (String[] row : rows) {
            List<Paragraph> ps = Segmenter.split(row[0] + "\n\n" + row[1]);
            assertEquals(ParagraphKind.valueOf(row[2]), ps.get(which).kind(), row[0] + " / " + row[1]);
        }
    }

    @Test
    void aNearCopyOfTheCaptionBeforeItIsACaption() {
        kindsOfPairs(NEAR_COPIES, 1);
    }

    /** paragraph, the line after it, kind of the paragraph */
    private static final String[][] EMBEDS = {
        {"Hello from Havana! We are here on our first full day in Cuba. It is humbling to be the...",
            "Posted by President Obama on Monday, March 21, 2016", "BOILERPLATE"},
        {"Talks with Iran went well today and will go on tomorrow.",
            "— Jane Doe (@janedoe) March 3, 2020", "BOILERPLATE"},
        {"The president spoke in Havana on Monday about the embargo.",
            "Posted by the editors, who say the talks will go on.", "BODY"},
        {"The president spoke in Havana on Monday about the embargo.",
            "Russia warned NATO on Monday.", "BODY"},
    };

    @Test
    void theTextOfAnEmbeddedPostIsNotTheArticles() {
        kindsOfPairs(EMBEDS, 0);
    }

    @Test
    void everyKindButBodyCarriesAReason() {
        String text = "Russia Warns NATO\n\nBy Jane Doe\n\nWASHINGTON —\n\nRussia warned NATO on Monday.\n\n"
                + "Read more: the sanctions\n\nCopyright 2024 Example News.";
        for (Paragraph p : Segmenter.split(text)) {
            assertEquals(p.kind() == ParagraphKind.BODY, p.reason() == null, p.toString());
        }
    }
}
