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
import java.util.Locale;
import java.util.function.Function;

/**
 * Between the API's {@link Analysis} and {@link StoredAnalysisV1}, field by field. When an API record
 * changes (a field renamed, added, moved), this mapping changes with it and stored rows keep their
 * meaning.
 */
final class StoredAnalysisV1Mapping {

    private StoredAnalysisV1Mapping() {}

    static StoredAnalysisV1 toStored(Analysis a) {
        return new StoredAnalysisV1(a.id(), a.title(), a.text(), map(a.paragraphs(), StoredAnalysisV1Mapping::toStored),
                map(a.actors(), StoredAnalysisV1Mapping::toStored),
                a.model() == null ? null : new StoredAnalysisV1.Model(a.model().name(), a.model().version(),
                        a.model().precision(), a.model().cpu()),
                a.timings() == null ? null : new StoredAnalysisV1.Timings(a.timings().totalMs(), a.timings().segmentMs(),
                        a.timings().actorsMs(), a.timings().scoringMs()));
    }

    static Analysis toAnalysis(StoredAnalysisV1 s) {
        return new Analysis(s.id(), s.title(), s.text(), map(s.paragraphs(), StoredAnalysisV1Mapping::toApi),
                map(s.actors(), StoredAnalysisV1Mapping::toApi),
                s.model() == null ? null : new Analysis.ModelRef(s.model().name(), s.model().version(),
                        s.model().precision(), s.model().cpu()),
                s.timings() == null ? null : new Analysis.Timings(s.timings().totalMs(), s.timings().segmentMs(),
                        s.timings().actorsMs(), s.timings().scoringMs()));
    }

    // paragraphs

    private static StoredAnalysisV1.Paragraph toStored(ParagraphResult p) {
        return new StoredAnalysisV1.Paragraph(p.index(), p.start(), p.end(), p.kind() == null ? null : p.kind().json(),
                p.reason(), map(p.tones(), StoredAnalysisV1Mapping::toStored));
    }

    private static ParagraphResult toApi(StoredAnalysisV1.Paragraph p) {
        return new ParagraphResult(p.index(), p.start(), p.end(), constant(ParagraphKind.class, p.kind()), p.reason(),
                map(p.tones(), StoredAnalysisV1Mapping::toApi));
    }

    private static StoredAnalysisV1.Tone toStored(ParagraphTone t) {
        ToneValues.Levels l = t.probabilities();
        ToneValues.Sentiment s = t.sentiment();
        return new StoredAnalysisV1.Tone(t.actor(), t.score(), word(t.label()),
                l == null ? null : new StoredAnalysisV1.Levels(l.hostile(), l.critical(), l.neutral(), l.cooperative(),
                        l.conciliatory()),
                t.confidence(), t.mixed(),
                s == null ? null : new StoredAnalysisV1.Sentiment(s.score(), s.label() == null ? null : s.label().json(),
                        s.probabilities() == null ? null : new StoredAnalysisV1.SentimentProbabilities(
                                s.probabilities().negative(), s.probabilities().neutral(), s.probabilities().positive())),
                map(t.mentions(), m -> new StoredAnalysisV1.ScoredMention(m.start(), m.end(), m.text(), m.score(),
                        word(m.label()), m.resolved(),
                        m.source() == null ? null : new StoredAnalysisV1.Source(m.source().start(), m.source().end()))),
                t.derivedFrom());
    }

    private static ParagraphTone toApi(StoredAnalysisV1.Tone t) {
        StoredAnalysisV1.Levels l = t.probabilities();
        StoredAnalysisV1.Sentiment s = t.sentiment();
        return new ParagraphTone(t.actor(), t.score(), constant(ToneLabel.class, t.label()),
                l == null ? null : new ToneValues.Levels(l.hostile(), l.critical(), l.neutral(), l.cooperative(),
                        l.conciliatory()),
                t.confidence(), t.mixed(),
                s == null ? null : new ToneValues.Sentiment(s.score(),
                        constant(ToneValues.SentimentLabel.class, s.label()),
                        s.probabilities() == null ? null : new ToneValues.SentimentProbabilities(
                                s.probabilities().negative(), s.probabilities().neutral(), s.probabilities().positive())),
                map(t.mentions(), m -> new ParagraphTone.ScoredMention(m.start(), m.end(), m.text(), m.score(),
                        constant(ToneLabel.class, m.label()), m.resolved(),
                        m.source() == null ? null : new Mention.Source(m.source().start(), m.source().end()))),
                t.derivedFrom());
    }

    // actors

    private static StoredAnalysisV1.Actor toStored(ActorResult a) {
        return new StoredAnalysisV1.Actor(a.id(), a.name(), a.type() == null ? null : a.type().json(), a.iso(),
                a.aliases(), a.affiliation(), a.roles(), a.mentionCount(), a.score(),
                map(a.trajectory(), p -> new StoredAnalysisV1.Point(p.paragraph(), p.score(), word(p.label()),
                        p.confidence(), p.mentions(), p.mixed())),
                map(a.shifts(), StoredAnalysisV1Mapping::toStored), map(a.arc(), StoredAnalysisV1Mapping::toStored),
                a.arcSummary(), a.derivedFrom());
    }

    private static ActorResult toApi(StoredAnalysisV1.Actor a) {
        return new ActorResult(a.id(), a.name(), constant(ActorType.class, a.type()), a.iso(), a.aliases(),
                a.affiliation(), a.roles(), a.mentionCount(), a.score(),
                map(a.trajectory(), p -> new TrajectoryPoint(p.paragraph(), p.score(), constant(ToneLabel.class,
                        p.label()), p.confidence(), p.mentions(), p.mixed())),
                map(a.shifts(), StoredAnalysisV1Mapping::toApi), map(a.arc(), StoredAnalysisV1Mapping::toApi),
                a.arcSummary(), a.derivedFrom());
    }

    private static StoredAnalysisV1.Shift toStored(Shift s) {
        return new StoredAnalysisV1.Shift(s.fromParagraph(), s.toParagraph(), word(s.from()), word(s.to()), s.delta(),
                toStored(s.before()), toStored(s.after()), s.confidence(), s.major(),
                map(s.evidence(), e -> new StoredAnalysisV1.Evidence(e.paragraph(), map(e.mentions(),
                        m -> new StoredAnalysisV1.Mention(m.start(), m.end(), m.text())))));
    }

    private static Shift toApi(StoredAnalysisV1.Shift s) {
        return new Shift(s.fromParagraph(), s.toParagraph(), constant(ToneLabel.class, s.from()),
                constant(ToneLabel.class, s.to()), s.delta(), toApi(s.before()), toApi(s.after()), s.confidence(),
                s.major(), map(s.evidence(), e -> new Shift.Evidence(e.paragraph(), map(e.mentions(),
                        m -> new Shift.Mention(m.start(), m.end(), m.text())))));
    }

    private static StoredAnalysisV1.Stretch toStored(Stretch s) {
        return s == null ? null : new StoredAnalysisV1.Stretch(s.fromParagraph(), s.toParagraph(), s.paragraphs(),
                word(s.level()), s.side() == null ? null : s.side().json(), s.score());
    }

    private static Stretch toApi(StoredAnalysisV1.Stretch s) {
        return s == null ? null : new Stretch(s.fromParagraph(), s.toParagraph(), s.paragraphs(),
                constant(ToneLabel.class, s.level()), constant(Side.class, s.side()), s.score());
    }

    // helpers

    private static String word(ToneLabel label) {
        return label == null ? null : label.json();
    }

    /** The constant a stored lower-case word names; a word this release does not know is an error, not a null. */
    private static <E extends Enum<E>> E constant(Class<E> type, String word) {
        if (word == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + word + "' in a stored analysis",
                    e);
        }
    }

    private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        return in == null ? null : in.stream().map(f).toList();
    }
}
