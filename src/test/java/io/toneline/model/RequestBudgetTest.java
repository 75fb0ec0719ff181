package io.toneline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.errors.TooLargeException;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    @ParameterizedTest(name = "{0} chars, {1} targets -> {2} tokens")
    @CsvSource({
        "0, 0, 0",          // nothing to score costs nothing
        "400, 0, 0",
        "400, 3, 102",      // fits one window: its own tokens
        "638, 1, 160",      // just over one window, one target: one window
        "4000, 1, 160",
        "4000, 3, 480",     // one window per target
        "4000, 500, 2004",  // at most twice the text (half-overlapping windows)
    })
    void estimatesTokens(int chars, int targets, long expected) {
        assertEquals(expected, RequestBudget.estimateTokens(chars, targets, 160));
    }

    @Test
    void refusesNamingTheLimit() {
        RequestBudget budget = new RequestBudget(3, 1000, 160);
        ToneInput small = new ToneInput("Russia and Iran", List.of(new TargetSpan(0, 6), new TargetSpan(11, 15)));
        budget.check(List.of(small));
        TooLargeException targets = assertThrows(TooLargeException.class, () -> budget.check(List.of(small, small)));
        assertTrue(targets.getMessage().contains("toneline.limits.max-targets"), targets.getMessage());
        String text = "x".repeat(20_000);
        List<TargetSpan> eight = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(new TargetSpan(i * 100, i * 100 + 5));
        }
        RequestBudget roomy = new RequestBudget(100, 1000, 160);
        TooLargeException tokens = assertThrows(TooLargeException.class,
                () -> roomy.check(List.of(new ToneInput(text, eight))));
        assertTrue(tokens.getMessage().contains("toneline.limits.max-tokens"), tokens.getMessage());
    }
}
