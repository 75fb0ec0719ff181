package io.toneline.model.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WindowPlannerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // tokens, width, mentions "s-e;s-e", expected windows "from-to:m,m|..."
                Arguments.of(10, 20, "2-3;5-7", "0-10:0,1"),
                Arguments.of(20, 20, "0-1;19-20", "0-20:0,1"),
                Arguments.of(100, 20, "2-3", "0-20:0"),
                Arguments.of(100, 20, "98-100", "80-100:0"),
                // mention at 50: candidates start every 10; 40-60 puts it most centrally
                Arguments.of(100, 20, "50-51", "40-60:0"),
                // two mentions far apart go to two windows
                Arguments.of(100, 20, "5-6;90-91", "0-20:0|80-100:1"),
                // two close mentions share the window where both are central enough
                Arguments.of(100, 20, "49-50;51-52", "40-60:0,1"),
                // a mention longer than half the window still lands whole in a window
                Arguments.of(100, 20, "33-48", "30-50:0"),
                // a mention longer than the window keeps its first tokens
                Arguments.of(100, 20, "10-60", "10-30:0"),
                Arguments.of(100, 20, "", ""));
    }

    @ParameterizedTest(name = "{0} tokens, width {1}, mentions [{2}] -> {3}")
    @MethodSource("cases")
    void plansWindows(int tokens, int width, String mentions, String expected) {
        List<int[]> spans = new ArrayList<>();
        for (String m : mentions.split(";")) {
            if (!m.isEmpty()) {
                String[] p = m.split("-");
                spans.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
            }
        }
        List<String> got = new ArrayList<>();
        for (WindowPlanner.Planned p : WindowPlanner.plan(tokens, spans, width)) {
            got.add(p.from() + "-" + p.to() + ":"
                    + String.join(",", p.mentions().stream().map(String::valueOf).toList()));
        }
        assertEquals(expected, String.join("|", got));
    }

    @Test
    void everyMentionLandsWholeInExactlyOneWindow() {
        int tokens = 1000;
        int width = 126;
        List<int[]> spans = new ArrayList<>();
        for (int s = 0; s < tokens - 4; s += 7) {
            spans.add(new int[] {s, s + 1 + (s % 4)});
        }
        int[] seen = new int[spans.size()];
        for (WindowPlanner.Planned p : WindowPlanner.plan(tokens, spans, width)) {
            assertTrue(p.to() - p.from() <= width);
            for (int m : p.mentions()) {
                seen[m]++;
                assertTrue(spans.get(m)[0] >= p.from() && spans.get(m)[1] <= p.to(), "mention " + m + " inside");
            }
        }
        for (int count : seen) {
            assertEquals(1, count);
        }
    }
}
