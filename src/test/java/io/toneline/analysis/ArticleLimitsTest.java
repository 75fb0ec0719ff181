package io.toneline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toneline.analysis.actors.ActorSpec;
import io.toneline.errors.ProblemType;
import io.toneline.errors.TonelineException;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule, one message: the limits every article request keeps, however it arrives. */
class ArticleLimitsTest {

    private static final ArticleLimits LIMITS = new ArticleLimits(50, 3, 2);

    private static ArticleRequest request(String text, int actors, int aliasesOfLast) {
        List<ActorSpec> specs = IntStream.range(0, actors)
                .mapToObj(i -> new ActorSpec("Actor " + i,
                        i == actors - 1 ? Collections.nCopies(aliasesOfLast, "alias") : List.of()))
                .toList();
        return new ArticleRequest(text, null, specs, false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", value = {
        // text                     | actors | aliases | type           | detail (or null when accepted)
        "Russia attacks Iran.        | 3      | 2       | null           | null",
        "Russia attacks Iran.        | 0      | 0       | null           | null",
        "\"   \"                       | 0      | 0       | INVALID_INPUT  | text is empty; send the article's text",
        "null                        | 0      | 0       | INVALID_INPUT  | text is empty; send the article's text",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | 0 | 0 | TOO_LARGE | text has 51 characters; the limit is 50 (toneline.limits.max-text-chars)",
        "Russia attacks Iran.        | 4      | 0       | UNPROCESSABLE  | too many actors: 4 (at most 3, toneline.limits.max-actors)",
        "Russia attacks Iran.        | 2      | 3       | UNPROCESSABLE  | actors[1] has 3 aliases (at most 2, toneline.limits.max-aliases)"})
    void eachRuleHasOneMessage(String text, int actors, int aliases, ProblemType type, String detail) {
        ArticleRequest r = request(text, actors, aliases);
        if (type == null) {
            LIMITS.check(r);
            return;
        }
        TonelineException e = assertThrows(TonelineException.class, () -> LIMITS.check(r));
        assertEquals(type, e.type());
        assertEquals(detail, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"50, false", "51, true", "0, false"})
    void rawHtmlIsHeldToTheTextLimitBeforeConversion(int length, boolean refused) {
        String html = "x".repeat(length);
        if (refused) {
            assertEquals(ProblemType.TOO_LARGE,
                    assertThrows(TonelineException.class, () -> LIMITS.checkLength(html)).type());
        } else {
            LIMITS.checkLength(html);
        }
    }
}
