package io.toneline.model.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Windows of given lengths in, the lengths of each planned pass out. */
class BatchPlannerTest {

    static List<Window> windows(String lengths) {
        List<Window> out = new ArrayList<>();
        for (String l : lengths.split(",")) {
            out.add(new Window(out.size(), new long[Integer.parseInt(l.trim())], new int[0][], new int[0]));
        }
        return out;
    }

    static String plan(String lengths, int max) {
        List<String> batches = new ArrayList<>();
        for (List<Window> b : BatchPlanner.plan(windows(lengths), max)) {
            batches.add(String.join(" ", b.stream().map(w -> String.valueOf(w.length())).toList()));
        }
        return String.join(" | ", batches);
    }

    @ParameterizedTest(name = "{0} (max {1})")
    @CsvSource(delimiter = ';', textBlock = """
            10                                         ; 4096 ; 10
            10, 12, 11                                 ; 4096 ; 10 11 12
            160, 12, 14, 150, 15                       ; 4096 ; 12 14 15 | 150 160
            20, 20, 20, 20                             ; 50   ; 20 20 | 20 20
            200                                        ; 100  ; 200
            20, 30, 45                                 ; 4096 ; 20 | 30 | 45
            30, 32, 60, 64                             ; 4096 ; 30 32 | 60 64
            """)
    void cutsByLength(String lengths, int max, String expected) {
        assertEquals(expected, plan(lengths, max));
    }

    @Test
    void realArticleShapeHasLittlePadding() {
        // the shape of a 24-paragraph commentary: one-line paragraphs beside long ones
        String lengths = "160, 22, 31, 140, 45, 18, 97, 160, 66, 25, 38, 121, 52, 29, 75, 160, 33, 84, 41";
        List<List<Window>> batches = BatchPlanner.plan(windows(lengths), 4096);
        double ratio = BatchPlanner.paddingRatio(batches);
        assertTrue(ratio <= 1.10, "padding ratio " + ratio);
        assertTrue(batches.size() <= 8, batches.size() + " passes");
        List<List<Window>> one = List.of(windows(lengths));
        assertTrue(BatchPlanner.paddingRatio(one) > 2.0, "one padded pass would be " + BatchPlanner.paddingRatio(one));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            20, 30, 45
            18, 25, 33, 47, 61
            12, 160, 14, 90, 15, 40, 41, 150
            160, 22, 31, 140, 45, 18, 97, 160, 66, 25, 38, 121, 52, 29, 75, 160, 33, 84, 41
            """)
    void padsAtMostTenPercent(String lengths) {
        double ratio = BatchPlanner.paddingRatio(BatchPlanner.plan(windows(lengths), 4096));
        assertTrue(ratio <= BatchPlanner.MAX_PADDING_RATIO, "padding ratio " + ratio);
    }

    @Test
    void everyWindowIsPlannedOnce() {
        List<Window> ws = windows("5, 9, 7, 160, 3, 3, 88, 12, 40, 41, 42");
        List<List<Window>> batches = BatchPlanner.plan(ws, 200);
        assertEquals(ws.size(), batches.stream().mapToInt(List::size).sum());
        for (List<Window> b : batches) {
            int longest = b.stream().mapToInt(Window::length).max().orElse(0);
            assertTrue(b.size() == 1 || longest * b.size() <= 200, "over budget: " + b.size() + " x " + longest);
        }
    }
}
