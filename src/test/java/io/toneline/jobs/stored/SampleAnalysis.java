package io.toneline.jobs.stored;

import io.toneline.analysis.ActorResult;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.ParagraphResult;
import io.toneline.analysis.ParagraphTone;
import io.toneline.analysis.ToneValues;
import io.toneline.analysis.actors.ActorType;
import io.toneline.analysis.actors.Mention;
import io.toneline.analysis.text.ParagraphKind;
import io.toneline.analysis.timeline.Shift;
import io.toneline.analysis.timeline.Side;
import io.toneline.analysis.timeline.Stretch;
import io.toneline.analysis.timeline.ToneLabel;
import io.toneline.analysis.timeline.TrajectoryPoint;

import java.util.List;

/** An analysis with every field of every nested record set, so that a mapping that drops one shows. */
public final class SampleAnalysis {

    private SampleAnalysis() {}

    /** @return the analysis */
    public static Analysis analysis() {
        ParagraphTone.ScoredMention named = new ParagraphTone.ScoredMention(0, 7, "Germany", -0.4125, ToneLabel.CRITICAL,
                false, null);
        ParagraphTone.ScoredMention resolved = new ParagraphTone.ScoredMention(60, 62, "It", -0.5, ToneLabel.CRITICAL,
                true, new Mention.Source(0, 7));
        ParagraphTone tone = new ParagraphTone("germany", -0.4562, ToneLabel.CRITICAL,
                new ToneValues.Levels(0.1, 0.6123, 0.2, 0.0777, 0.01), 0.6123, false,
                new ToneValues.Sentiment(-0.31, ToneValues.SentimentLabel.NEGATIVE,
                        new ToneValues.SentimentProbabilities(0.5, 0.31, 0.19)),
                List.of(named, resolved), null);
        ParagraphTone derived = new ParagraphTone("iran", 0.55, ToneLabel.COOPERATIVE,
                new ToneValues.Levels(0.01, 0.04, 0.2, 0.5, 0.25), 0.5, true,
                new ToneValues.Sentiment(0.2, ToneValues.SentimentLabel.POSITIVE,
                        new ToneValues.SentimentProbabilities(0.1, 0.6, 0.3)),
                List.of(new ParagraphTone.ScoredMention(90, 104, "Iran's president", 0.55, ToneLabel.COOPERATIVE,
                        false, null)),
                List.of("masoud-pezeshkian"));
        List<ParagraphResult> paragraphs = List.of(
                new ParagraphResult(0, 0, 40, ParagraphKind.HEADING, "short line without a verb", List.of()),
                new ParagraphResult(1, 41, 120, ParagraphKind.BODY, null, List.of(tone, derived)));
        Stretch before = new Stretch(1, 2, 2, ToneLabel.CRITICAL, Side.NEGATIVE, -0.45);
        Stretch after = new Stretch(4, 4, 1, ToneLabel.CONCILIATORY, Side.POSITIVE, 0.7);
        Shift shift = new Shift(2, 4, ToneLabel.CRITICAL, ToneLabel.CONCILIATORY, 1.15, before, after, 0.83, true,
                List.of(new Shift.Evidence(2, List.of(new Shift.Mention(130, 137, "Germany"))),
                        new Shift.Evidence(4, List.of(new Shift.Mention(200, 206, "Berlin")))));
        ActorResult germany = new ActorResult("germany", "Germany", ActorType.COUNTRY, "DE", List.of("Germany", "Berlin"),
                null, List.of(), 3, -0.0125, List.of(new TrajectoryPoint(1, -0.4562, ToneLabel.CRITICAL, 0.6123, 2, false),
                        new TrajectoryPoint(4, 0.7, ToneLabel.CONCILIATORY, 0.9, 1, true)),
                List.of(shift), List.of(before, after), "critical p1–p2 → conciliatory p4", List.of());
        ActorResult president = new ActorResult("masoud-pezeshkian", "Masoud Pezeshkian", ActorType.PERSON, null,
                List.of("Pezeshkian"), "iran", List.of("president"), 1, null, List.of(), List.of(), List.of(), "",
                List.of("x"));
        return new Analysis("0b8e1c1e-5f43-4a57-9d0e-3c2b1a000001", "Sanctions to talks", "Germany ... plain text",
                paragraphs, List.of(germany, president),
                new Analysis.ModelRef("toneline-relations", "2024.2", "float32", "AMD EPYC (avx2 fma)"),
                new Analysis.Timings(812.5, 1.25, 3.5, 790.0));
    }
}
