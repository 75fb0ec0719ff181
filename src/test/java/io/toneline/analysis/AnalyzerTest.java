package io.toneline.analysis;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toneline.model.RequestBudget;

import io.toneline.errors.TooLargeException;

import io.toneline.analysis.text.ParagraphKind;

import io.toneline.analysis.actors.ActorSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.timeline.ShiftDetector;
import io.toneline.analysis.timeline.ToneLabel;
import io.toneline.errors.TooLargeException;
import io.toneline.model.RequestBudget;
import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;

import java.util.ArrayList;
import java.util.List;

import io.toneline.analysis.text.ParagraphKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orchestration alone: segmentation, actors, aggregation, trajectories and shifts, with a scorer
 * that is a plain function of the paragraph's words (the real model is exercised by the API tests).
 */
class AnalyzerTest {

    /** hostile where a paragraph speaks of sanctions, conciliatory where of a ceasefire, else neutral. */
    private static List<List<TargetTone>> byKeyword(List<ToneInput> inputs) {
        List<List<TargetTone>> out = new ArrayList<>();
        for (ToneInput in : inputs) {
            int level = in.text().contains("sanctions") ? 0 : in.text().contains("ceasefire") ? 4 : 2;
            List<TargetTone> tones = new ArrayList<>();
            in.targets().forEach(span -> {
                float[] rel = new float[5];
                rel[level] = 1f;
                tones.add(new TargetTone(span, rel, new float[] {0.2f, 0.6f, 0.2f}));
            });
            out.add(tones);
        }
        return out;
    }

    private final Analyzer analyzer = new Analyzer(new ActorFinder(Gazetteer.load()), AnalyzerTest::byKeyword,
            ShiftDetector.standard(), new Analysis.ModelRef("test", "0", "float32", "test"),
            Analyzer.Budget.GENEROUS);

    @Test
    void aggregatesMentionsAndReportsTheSwing() {
        String text = String.join("\n\n",
                "Washington imposed new sanctions on Iran on Monday.",
                "Tehran condemned the sanctions and Iran vowed to respond.",
                "Officials in Iran said the sanctions would fail.",
                "By June, Iran and the United States agreed to a ceasefire.",
                "The ceasefire held, and Iran released prisoners.",
                "Iran welcomed the ceasefire.");
        Analysis a = analyzer.analyze(new ArticleRequest(text, null, List.of(), false));
        ActorResult iran = a.actors().stream().filter(x -> x.id().equals("iran")).findFirst().orElseThrow();
        assertEquals(6, iran.trajectory().size());
        assertEquals(-1.0, iran.trajectory().get(0).score(), 1e-9);
        assertEquals(1.0, iran.trajectory().get(5).score(), 1e-9);
        assertEquals(1, iran.shifts().size(), iran.shifts().toString());
        assertEquals(ToneLabel.HOSTILE, iran.shifts().get(0).from());
        assertEquals(ToneLabel.CONCILIATORY, iran.shifts().get(0).to());
        ParagraphTone second = a.paragraphs().get(1).tones().stream()
                .filter(t -> t.actor().equals("iran")).findFirst().orElseThrow();
        assertEquals(2, second.mentions().size(), "Tehran and Iran both carried the score");
        assertEquals(ToneLabel.HOSTILE, second.label());
        assertEquals(1.0, second.probabilities().hostile(), 1e-9);
        assertEquals(0.0, second.sentiment().score(), 1e-9);
        assertTrue(a.paragraphs().get(0).tones().stream().anyMatch(t -> t.actor().equals("united-states")));
    }

    @Test
    void officialsOfAnInternationalOrganisationCountForIt() {
        String text = "U.N. Secretary General Ban Ki-moon welcomed the ceasefire in Yemen.";
        Analysis a = analyzer.analyze(new ArticleRequest(text, null, List.of(), false));
        ParagraphTone un = a.paragraphs().get(0).tones().stream().filter(t -> t.actor().equals("un")).findFirst()
                .orElseThrow(() -> new AssertionError(a.paragraphs().get(0).tones().toString()));
        assertEquals(List.of("person-ban-ki-moon"), un.derivedFrom());
        assertEquals(ToneLabel.CONCILIATORY, un.label());
        // and not when the request turns officials off
        Analysis off = analyzer.analyze(new ArticleRequest(text, null, List.of(), false, false));
        assertTrue(off.paragraphs().get(0).tones().stream().noneMatch(t -> t.actor().equals("un")));
    }

    @Test
    void aPrincipalOrganCountsForItsOrganisationAndATitleOnlyTheUsGivesForTheUs() {
        String text = "The U.N. Security Council voted to extend the mission.\n\n"
                + "Secretary of State Jane Roe welcomed the vote.";
        Analysis a = analyzer.analyze(new ArticleRequest(text, null, List.of(), false));
        ParagraphTone un = a.paragraphs().get(0).tones().stream().filter(t -> t.actor().equals("un")).findFirst()
                .orElseThrow(() -> new AssertionError(a.paragraphs().get(0).tones().toString()));
        assertEquals(List.of("un-security-council"), un.derivedFrom());
        ParagraphTone us = a.paragraphs().get(1).tones().stream().filter(t -> t.actor().equals("united-states"))
                .findFirst().orElseThrow(() -> new AssertionError(a.paragraphs().get(1).tones().toString()));
        assertEquals(List.of("person-jane-roe"), us.derivedFrom());
    }

    /** Every counted mention lies inside one paragraph, and every one inside a body paragraph is scored. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Talks with the United\nStates\nMarch 3, 2025\n\nIran agreed to talks with the United States on Monday.",
        "REPORT FROM THE WHITE\nHOUSE\nBy A. Writer\n\nThe White House said Iran had agreed.",
        "Officials met the envoy of the Russian\n\nFederation. Iran agreed.",
        "He met the White\nHouse team, and Iran agreed to a ceasefire with the United States."})
    void everyCountedMentionLiesInOneParagraphAndBodyMentionsAreScored(String text) {
        Analysis a = analyzer.analyze(new ArticleRequest(text, null, List.of(), false));
        for (ActorResult actor : a.actors()) {
            long scored = a.paragraphs().stream().flatMap(p -> p.tones().stream())
                    .filter(t -> t.actor().equals(actor.id())).mapToLong(t -> t.mentions().size()).sum();
            long inHeadings = 0;
            for (ParagraphResult p : a.paragraphs()) {
                if (p.kind() != ParagraphKind.BODY) {
                    String para = text.substring(p.start(), p.end());
                    inHeadings += actor.aliases().stream().filter(para::contains).count() > 0 ? 1 : 0;
                }
            }
            assertTrue(scored == actor.mentionCount() || (scored < actor.mentionCount() && inHeadings > 0),
                    actor.id() + ": " + actor.mentionCount() + " counted, " + scored + " scored in " + a.paragraphs());
        }
    }

    @Test
    void refusesAnArticleOverItsBudgetBeforeScoring() {
        Analyzer tight = new Analyzer(new ActorFinder(Gazetteer.load()), in -> {
            throw new AssertionError("must not score");
        }, ShiftDetector.standard(), null, new Analyzer.Budget(3, new RequestBudget(2, 1000, 160)));
        TooLargeException paragraphs = assertThrows(TooLargeException.class,
                () -> tight.analyze(new ArticleRequest("Iran.\n\nIran.\n\nIran.\n\nIran.", null, List.of(), false)));
        assertTrue(paragraphs.getMessage().contains("max-paragraphs"), paragraphs.getMessage());
        TooLargeException targets = assertThrows(TooLargeException.class,
                () -> tight.analyze(new ArticleRequest("Iran, Iran and Iran met.", null, List.of(), false)));
        assertTrue(targets.getMessage().contains("max-targets"), targets.getMessage());
    }
}
