package io.toneline.jobs;

import io.toneline.analysis.ActorResult;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.timeline.TrajectoryPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * How one stored analysis treated one actor, the row behind actor timelines across articles.
 *
 * @param actorId actor id
 * @param name actor name
 * @param type actor type, lower case
 * @param mentions mentions in the article
 * @param paragraphs body paragraphs that scored the actor
 * @param scoreSum sum of those paragraphs' relations scores
 * @param levels paragraphs per relations level, hostile to conciliatory
 */
public record ActorTone(String actorId, String name, String type, int mentions, int paragraphs, double scoreSum,
        int[] levels) {

    /**
     * @param analysis a finished analysis
     * @return one row per actor it found
     */
    public static List<ActorTone> of(Analysis analysis) {
        List<ActorTone> out = new ArrayList<>();
        for (ActorResult a : analysis.actors()) {
            int[] levels = new int[5];
            double sum = 0;
            for (TrajectoryPoint p : a.trajectory()) {
                levels[p.label().ordinal()]++;
                sum += p.score();
            }
            out.add(new ActorTone(a.id(), a.name(), a.type().name().toLowerCase(java.util.Locale.ROOT),
                    a.mentionCount(), a.trajectory().size(), sum, levels));
        }
        return out;
    }
}
