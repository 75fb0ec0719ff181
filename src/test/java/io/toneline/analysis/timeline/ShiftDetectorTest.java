package io.toneline.analysis.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftDetectorTest {

    private final ShiftDetector detector = new ShiftDetector(0.5, 2);

    @ParameterizedTest(name = "{0}: [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                      |                                           | ''
            one point                  | -0.9                                      | ''
            flat neutral               | 0, 0, 0, 0, 0, 0                          | ''
            flat hostile               | -0.8, -0.8, -0.8, -0.8                    | ''
            noisy flat                 | 0.1, -0.1, 0.05, 0.15, -0.05, 0.0, 0.1    | ''
            noisy flat, one spike      | 0.1, -0.1, 0.05, 0.9, 0.0, -0.05, 0.1     | ''
            noisy flat, one dip        | -0.7, -0.8, 0.6, -0.75, -0.8, -0.7        | ''
            near a threshold           | -0.15, -0.25, -0.18, -0.22, -0.16, -0.24  | ''
            small drift                | -0.3, -0.25, -0.2, -0.1, 0.0, 0.05        | ''
            hostile to conciliatory    | -0.8, -0.7, -0.9, 0.7, 0.8, 0.75          | 2>3 hostile>conciliatory
            conciliatory to hostile    | 0.8, 0.7, -0.7, -0.8                      | 1>2 conciliatory>hostile
            down then up               | 0.1, 0.0, -0.8, -0.9, -0.7, 0.7, 0.8      | 1>2 neutral>hostile; 4>5 hostile>conciliatory
            swing through a transition | -0.9, -0.91, -0.82, -0.83, -0.35, -0.42, 0.93, 0.04, 0.93, 0.93, 0.93 | 4>8 hostile>conciliatory
            long middle level          | -0.8, -0.8, -0.8, 0.0, 0.0, 0.0, 0.0, 0.8, 0.8, 0.8 | 2>3 hostile>neutral; 6>7 neutral>conciliatory
            too short for two regimes  | -0.9, 0.9, 0.9                            | ''
            shift with a noisy point   | -0.8, -0.9, 0.3, -0.8, 0.7, 0.8, 0.6, 0.9 | 3>4 hostile>conciliatory
            """)
    void detectsShifts(String name, String scores, String expected) {
        List<TrajectoryPoint> series = new ArrayList<>();
        if (scores != null) {
            String[] parts = scores.split(",");
            for (int i = 0; i < parts.length; i++) {
                series.add(TrajectoryPoint.of(i, Double.parseDouble(parts[i].trim())));
            }
        }
        List<String> got = new ArrayList<>();
        for (Shift s : detector.detect(series)) {
            got.add(s.fromParagraph() + ">" + s.toParagraph() + " " + s.from().json() + ">" + s.to().json());
        }
        assertEquals(expected, String.join("; ", got));
    }

    @ParameterizedTest
    @CsvSource({"-1.0, hostile", "-0.6, hostile", "-0.59, critical", "-0.2, critical", "-0.19, neutral",
        "0.0, neutral", "0.19, neutral", "0.2, cooperative", "0.59, cooperative", "0.6, conciliatory",
        "1.0, conciliatory"})
    void labelsScores(double score, String label) {
        assertEquals(label, ToneLabel.of(score).json());
    }

    @org.junit.jupiter.api.Test
    void usesParagraphIndexesAndRegimeMeans() {
        List<TrajectoryPoint> series = List.of(TrajectoryPoint.of(2, -0.8), TrajectoryPoint.of(5, -0.6),
                TrajectoryPoint.of(9, 0.6), TrajectoryPoint.of(14, 0.8));
        List<Shift> shifts = detector.detect(series);
        assertEquals(1, shifts.size());
        assertEquals(5, shifts.get(0).fromParagraph());
        assertEquals(9, shifts.get(0).toParagraph());
        assertEquals(1.4, shifts.get(0).delta(), 1e-9);
    }
}
