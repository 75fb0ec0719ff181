package io.toneline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toneline.model.TargetSpan;
import io.toneline.model.ToneInput;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingContextTest {

    @ParameterizedTest(name = "{0} title={1} previous={2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NONE     | Talks resume | Earlier text. | Russia met Ukraine.",
        "TITLE    | Talks resume | Earlier text. | Talks resume. Russia met Ukraine.",
        "TITLE    | NULL         | Earlier text. | Russia met Ukraine.",
        "TITLE    | '  '         | Earlier text. | Russia met Ukraine.",
        "PREVIOUS | Talks resume | Earlier text. | Earlier text. Russia met Ukraine.",
        "PREVIOUS | Talks resume | NULL          | Russia met Ukraine.",
    })
    void thePrefixComesFirstAndTheSpansStillPointAtTheirNames(ReadingContext context, String title, String previous,
            String expected) {
        String paragraph = "Russia met Ukraine.";
        ToneInput in = context.input(title, previous, paragraph, List.of(new TargetSpan(0, 6), new TargetSpan(11, 18)));
        assertEquals(expected, in.text());
        assertEquals("Russia", in.text().substring(in.targets().get(0).start(), in.targets().get(0).end()));
        assertEquals("Ukraine", in.text().substring(in.targets().get(1).start(), in.targets().get(1).end()));
    }
}
