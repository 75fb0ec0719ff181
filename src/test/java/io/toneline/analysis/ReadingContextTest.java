package io.toneline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toneline.model.TargetSpan;
import io.toneline.model.ToneInput;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadingContextTest {

    private static final String PARAGRAPH = "Russia met Ukraine.";

    /** context, title, previous paragraph, what the model reads */
    private static final Object[][] ROWS = {
        {ReadingContext.NONE, "Talks resume", "Earlier text.", PARAGRAPH},
        {ReadingContext.TITLE, "Talks resume", "Earlier text.", "Talks resume. " + PARAGRAPH},
        {ReadingContext.TITLE, null, "Earlier text.", PARAGRAPH},
        {ReadingContext.TITLE, "  ", "Earlier text.", PARAGRAPH},
        {ReadingContext.PREVIOUS, "Talks resume", "Earlier text.", "Earlier text. " + PARAGRAPH},
        {ReadingContext.PREVIOUS, "Talks resume", null, PARAGRAPH},
    };

    @Test
    void thePrefixComesFirstAndTheSpansStillPointAtTheirNames() {
        for (Object[] row : ROWS) {
            ToneInput in = ((ReadingContext) row[0]).input((String) row[1], (String) row[2], PARAGRAPH,
                    List.of(new TargetSpan(0, 6), new TargetSpan(11, 18)));
            assertEquals(row[3], in.text(), () -> java.util.Arrays.toString(row));
            assertEquals("Russia", in.text().substring(in.targets().get(0).start(), in.targets().get(0).end()));
            assertEquals("Ukraine", in.text().substring(in.targets().get(1).start(), in.targets().get(1).end()));
        }
    }
}
