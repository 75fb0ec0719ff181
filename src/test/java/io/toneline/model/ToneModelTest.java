package io.toneline.model;

import io.toneline.errors.InvalidSpanException;
import io.toneline.analysis.timeline.ToneLabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model, loaded through DJL's PyTorch engine exactly as the service loads it. */
class ToneModelTest {

    static ToneModel model;

    @BeforeAll
    static void load() throws Exception {
        model = ToneModel.load(Path.of(System.getProperty("toneline.test.model", "model/toneline-tsc")), 4096);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ToneInput input(String text, String... mentions) {
        List<TargetSpan> spans = new ArrayList<>();
        for (String m : mentions) {
            int s = text.indexOf(m);
            spans.add(new TargetSpan(s, s + m.length()));
        }
        return new ToneInput(text, spans);
    }

    private static float sum(float[] p) {
        float s = 0;
        for (float v : p) {
            s += v;
        }
        return s;
    }

    private static String show(TargetTone t) {
        return "relations " + java.util.Arrays.toString(t.relations()) + " sentiment " + java.util.Arrays.toString(t.sentiment());
    }

    @Test
    void scoresEachTargetOnItsOwnWithBothHeads() {
        List<TargetTone> tones = model.score(List.of(input(
                "Anna was widely praised for her honesty, while Boris was condemned as a liar.", "Anna", "Boris"))).get(0);
        assertEquals(Polarity.POSITIVE, tones.get(0).polarity(), "Anna: " + show(tones.get(0)));
        assertEquals(Polarity.NEGATIVE, tones.get(1).polarity(), "Boris: " + show(tones.get(1)));
        assertTrue(tones.get(0).score() > tones.get(1).score(), show(tones.get(0)) + " / " + show(tones.get(1)));
        // relations: praise and condemnation set the two apart; where Boris falls on the scale is the model's
        // reading (2.1.0: -0.18, 2.2.0: +0.02 to +0.07, near neutral; model card), measured by the
        // evaluation commands rather than held here
        assertTrue(tones.get(0).score() - tones.get(1).score() > 0.2f, show(tones.get(0)) + " / " + show(tones.get(1)));
        for (TargetTone t : tones) {
            assertEquals(5, t.relations().length);
            assertEquals(3, t.sentiment().length);
            assertEquals(1.0, sum(t.relations()), 1e-4);
            assertEquals(1.0, sum(t.sentiment()), 1e-4);
        }
    }

    /** The relations scale is not the sentiment of portrayal: de-escalation reads conciliatory, not negative. */
    @Test
    void relationsDifferFromSentiment() {
        TargetTone russia = model.score(List.of(input("The US took steps to reduce tensions with Russia.", "Russia")))
                .get(0).get(0);
        assertTrue(List.of(ToneLabel.COOPERATIVE, ToneLabel.CONCILIATORY).contains(ToneLabel.of(russia.relations())),
                "reducing tensions is on the conciliatory side: " + show(russia));
        // while the sentiment of portrayal is not positive (2.1.0 leaned negative on "tensions", 2.2.0 reads it
        // neutral): the two heads answer different questions
        assertTrue(russia.polarity() != Polarity.POSITIVE, "while the sentiment is not positive: " + show(russia));
        TargetTone azerbaijan = model.score(List.of(input(
                "Azerbaijan launched an offensive against Armenian forces, shelling their positions.", "Azerbaijan")))
                .get(0).get(0);
        assertTrue(List.of(ToneLabel.HOSTILE, ToneLabel.CRITICAL).contains(ToneLabel.of(azerbaijan.relations())),
                "an offensive is on the hostile side: " + show(azerbaijan));
    }

    /** Both sides of an interaction share its level. */
    @Test
    void bothSidesOfAnInteractionShareItsLevel() {
        List<TargetTone> attack = model.score(List.of(input("Russian troops attacked Ukraine overnight, shelling Kyiv.",
                "Russian troops", "Ukraine"))).get(0);
        assertTrue(attack.get(0).score() < -0.3f && attack.get(1).score() < -0.3f, show(attack.get(0)) + " / " + show(attack.get(1)));
        List<TargetTone> swap = model.score(List.of(input("The United States and Iran swapped prisoners on Monday.",
                "The United States", "Iran"))).get(0);
        assertTrue(swap.get(0).score() > 0.3f && swap.get(1).score() > 0.3f, show(swap.get(0)) + " / " + show(swap.get(1)));
    }

    @Test
    void resultsDoNotDependOnBatchCompositionOrPadding() throws Exception {
        // in float32, so that any difference is masking or padding, not bfloat16's rounding; in bfloat16 the
        // kernels' blocking changes with the padded shape and moves probabilities by up to about 0.004
        // (measured with model 2.1.0), so the precision the service picks is held to 0.01; dynamic int8 (AVX2
        // CPUs) quantizes activations with one range per batch, so its batch company moves it more (up to
        // 0.030 measured on an AVX2-only EPYC with one padded pass, 0.058 with passes cut by length, where the
        // probe shares its pass with other short texts; a known limit in the model card): 0.08 there
        try (ToneModel fp32 = ToneModel.load(Path.of(System.getProperty("toneline.test.model", "model/toneline-tsc")),
                4096, "float32")) {
            sameAloneAndInACrowd(fp32, 1e-4);
        }
        sameAloneAndInACrowd(model, model.precision().id().equals("int8") ? 8e-2 : 1e-2);
    }

    private static void sameAloneAndInACrowd(ToneModel model, double tolerance) {
        ToneInput probe = input("The minister praised Germany but warned France about its budget.", "Germany", "France");
        List<TargetTone> alone = model.score(List.of(probe)).get(0);
        List<ToneInput> crowd = new ArrayList<>();
        crowd.add(input("Short one about Italy.", "Italy"));
        crowd.add(input("A considerably longer sentence, full of words that make the padding grow, in which Spain is "
                + "mentioned once and Portugal is mentioned once as well, with many more words to follow here.",
                "Spain", "Portugal"));
        crowd.add(probe);
        crowd.add(input("Greece, Greece and Greece again.", "Greece"));
        List<TargetTone> inCrowd = model.score(crowd).get(2);
        for (int i = 0; i < alone.size(); i++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(alone.get(i).relations()[c], inCrowd.get(i).relations()[c], tolerance);
            }
            for (int c = 0; c < 3; c++) {
                assertEquals(alone.get(i).sentiment()[c], inCrowd.get(i).sentiment()[c], tolerance);
            }
        }
    }

    @Test
    void handlesTextsLongerThanTheWindow() {
        StringBuilder text = new StringBuilder("Boris was praised warmly by everybody at the opening. ");
        for (int i = 0; i < 80; i++) {
            text.append("The committee met on day ").append(i).append(" to discuss the schedule. ");
        }
        text.append("At the end, Boris was condemned as a liar and a fraud.");
        String s = text.toString();
        int first = s.indexOf("Boris");
        int last = s.lastIndexOf("Boris");
        ToneInput in = new ToneInput(s, List.of(new TargetSpan(first, first + 5), new TargetSpan(last, last + 5)));
        assertTrue(model.featurizer().windows(0, in).size() >= 2, "the text needs several windows");
        List<TargetTone> tones = model.score(List.of(in)).get(0);
        assertEquals(2, tones.size());
        assertTrue(tones.get(1).sentimentScore() < tones.get(0).sentimentScore(), show(tones.get(0)) + show(tones.get(1)));
        assertEquals(Polarity.NEGATIVE, tones.get(1).polarity());
    }

    @Test
    void rejectsSpansOutsideTheText() {
        InvalidSpanException e = assertThrows(InvalidSpanException.class,
                () -> new ToneInput("short", List.of(new TargetSpan(2, 40))));
        assertTrue(e.getMessage().contains("[2, 40)"));
        assertThrows(InvalidSpanException.class, () -> new ToneInput("short", List.of(new TargetSpan(3, 3))));
        assertThrows(InvalidSpanException.class, () -> new ToneInput("short", List.of(new TargetSpan(-1, 2))));
    }

    @Test
    void concurrentCallersShareForwardPasses() throws Exception {
        try (ToneBatcher batcher = new ToneBatcher(model, 4096, java.time.Duration.ofMillis(20), 1000)) {
            List<java.util.concurrent.CompletableFuture<List<TargetTone>>> futures = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                futures.addAll(batcher.submit(List.of(input("Talks with Japan number " + i + " went well.", "Japan"))));
            }
            for (var f : futures) {
                assertEquals(1, f.get().size());
            }
            assertEquals(30, batcher.texts());
            assertTrue(batcher.batches() < 10, "30 texts took " + batcher.batches() + " forwards");
        }
    }
}
