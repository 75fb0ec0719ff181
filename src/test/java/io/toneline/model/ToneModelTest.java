package io.toneline.model;

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

    @Test
    void scoresEachTargetOnItsOwn() {
        List<TargetTone> tones = model.score(List.of(input("I admire Anna but I despise Boris.", "Anna", "Boris"))).get(0);
        assertEquals(Polarity.POSITIVE, tones.get(0).polarity(), "Anna: " + tones.get(0));
        assertEquals(Polarity.NEGATIVE, tones.get(1).polarity(), "Boris: " + tones.get(1));
        assertTrue(tones.get(0).score() > 0f && tones.get(1).score() < 0f);
        for (TargetTone t : tones) {
            assertEquals(1.0, t.negative() + t.neutral() + t.positive(), 1e-4);
        }
    }

    @Test
    void resultsDoNotDependOnBatchCompositionOrPadding() {
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
            assertEquals(alone.get(i).negative(), inCrowd.get(i).negative(), 1e-4);
            assertEquals(alone.get(i).neutral(), inCrowd.get(i).neutral(), 1e-4);
            assertEquals(alone.get(i).positive(), inCrowd.get(i).positive(), 1e-4);
        }
    }

    @Test
    void handlesTextsLongerThanTheWindow() {
        StringBuilder text = new StringBuilder("Boris was praised warmly by everybody at the opening. ");
        for (int i = 0; i < 80; i++) {
            text.append("The committee met on day ").append(i).append(" to discuss the schedule. ");
        }
        text.append("At the end, I despise Boris for what he did.");
        String s = text.toString();
        int first = s.indexOf("Boris");
        int last = s.lastIndexOf("Boris");
        ToneInput in = new ToneInput(s, List.of(new TargetSpan(first, first + 5), new TargetSpan(last, last + 5)));
        assertTrue(model.featurizer().windows(0, in).size() >= 2, "the text needs several windows");
        List<TargetTone> tones = model.score(List.of(in)).get(0);
        assertEquals(2, tones.size());
        assertTrue(tones.get(1).score() < tones.get(0).score(), tones.toString());
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
        try (ToneBatcher batcher = new ToneBatcher(model::score, 4096, java.time.Duration.ofMillis(20), 1000)) {
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
