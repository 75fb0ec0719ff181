package io.toneline.analysis;

import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Officials count for their state: in a paragraph where people who act for a state (named with its
 * adjective or title: "Chinese Foreign Minister Wang Yi") are scored and the state itself is not, the
 * state gets the paragraph's tone toward them, marked as derived from them. This is the annotation
 * guideline's rule that officials and leaders acting or speaking for their state give the state that
 * paragraph's level. The state's own bodies found by name with it ("Russia's Defence Ministry", "the
 * Philippines Supreme Court") count the same way, and so do the officials of an international
 * organisation the gazetteer knows ("U.N. Secretary General Ban Ki-moon" for the United Nations). A pure
 * function over the per-paragraph scores.
 */
final class Officials {

    private Officials() {}

    /**
     * @param <T> what is scored per actor (the mentions' tones)
     * @param byActor one paragraph's scores: actor id to the scores of its mentions; not changed
     * @param actors the article's actors, for their type and affiliation
     * @return state id to the ids of the people it is derived from, for states not scored in the paragraph
     */
    static <T> Map<String, List<String>> derived(Map<String, List<T>> byActor, Map<String, Actor> actors,
            java.util.Set<String> states) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : byActor.keySet()) {
            Actor a = actors.get(id);
            // people named with their state, and the state's own bodies ("the Philippines Supreme Court")
            if (a == null || a.type() != ActorType.PERSON && a.type() != ActorType.ORGANIZATION || a.affiliation() == null) {
                continue;
            }
            String state = a.affiliation();
            if (!states.contains(state) || byActor.containsKey(state)) {
                continue;
            }
            out.computeIfAbsent(state, k -> new ArrayList<>()).add(id);
        }
        return out;
    }
}
