package io.toneline.analysis.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paragraph labels from level probabilities: the side first, the mixed flag, and no label against the score. */
class ToneLabelTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            clear hostile                  | 0.8, 0.1, 0.05, 0.03, 0.02  | hostile      | false
            critical                       | 0.1, 0.6, 0.2, 0.05, 0.05   | critical     | false
            neutral                        | 0.05, 0.1, 0.7, 0.1, 0.05   | neutral      | false
            conciliatory                   | 0.02, 0.03, 0.05, 0.3, 0.6  | conciliatory | false
            split, negative side and score | 0.45, 0.05, 0.1, 0.1, 0.3   | hostile      | true
            split, label against the score | 0.05, 0.45, 0.1, 0.0, 0.4   | neutral      | true
            split, positive side           | 0.3, 0.0, 0.1, 0.2, 0.4     | conciliatory | true
            """)
    void labelsParagraphs(String name, String probabilities, String label, boolean mixed) {
        String[] parts = probabilities.split(",");
        float[] p = new float[5];
        for (int i = 0; i < 5; i++) {
            p[i] = Float.parseFloat(parts[i].trim());
        }
        assertEquals(label, ToneLabel.forParagraph(p).json());
        assertEquals(mixed, ToneLabel.mixed(p));
        double score = (-2 * p[0] - p[1] + p[3] + 2 * p[4]) / 2.0;
        int side = ToneLabel.forParagraph(p).side().sign();
        assertEquals(true, side == 0 || Math.signum(score) == side, "label against the score " + score);
    }
}
