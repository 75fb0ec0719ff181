package io.toneline.evaluation.articles;

import io.toneline.analysis.ActorResult;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.ParagraphResult;
import io.toneline.analysis.ParagraphTone;
import io.toneline.analysis.ToneValues;
import io.toneline.analysis.timeline.SeriesPoint;
import io.toneline.analysis.timeline.ShiftDetector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs another shift detector over a finished analysis (its paragraph probabilities), for tuning without running the model again. */
final class Redetect {

    private Redetect() {}

    static Analysis with(Analysis analysis, ShiftDetector detector) {
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        for (ParagraphResult pr : analysis.paragraphs()) {
            for (ParagraphTone t : pr.tones()) {
                ToneValues.Levels l = t.probabilities();
                float[] levels = {(float) l.hostile(), (float) l.critical(), (float) l.neutral(), (float) l.cooperative(),
                    (float) l.conciliatory()};
                series.computeIfAbsent(t.actor(), k -> new ArrayList<>())
                        .add(new SeriesPoint(pr.index(), levels, t.mentions().size()));
            }
        }
        List<ActorResult> actors = new ArrayList<>();
        for (ActorResult a : analysis.actors()) {
            ShiftDetector.Result r = detector.detect(series.getOrDefault(a.id(), List.of()));
            actors.add(new ActorResult(a.id(), a.name(), a.type(), a.iso(), a.aliases(), a.affiliation(), a.roles(),
                    a.mentionCount(), a.score(), a.trajectory(), r.shifts(), r.stretches(), r.summary(), a.derivedFrom()));
        }
        return new Analysis(analysis.id(), analysis.title(), analysis.text(), analysis.paragraphs(), actors,
                analysis.model(), analysis.timings());
    }
}
