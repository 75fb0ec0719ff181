package io.toneline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OfficialsTest {

    private static Actor actor(String id, ActorType type, String affiliation) {
        return new Actor(id, id, type, null, List.of(), affiliation, List.of(), List.of());
    }

    private static final Map<String, Actor> ACTORS = Map.of(
            "china", actor("china", ActorType.COUNTRY, null),
            "philippines", actor("philippines", ActorType.COUNTRY, null),
            "person-wang-yi", actor("person-wang-yi", ActorType.PERSON, "china"),
            "org-philippines-supreme-court", actor("org-philippines-supreme-court", ActorType.ORGANIZATION, "philippines"),
            "org-goldman-sachs-group", actor("org-goldman-sachs-group", ActorType.ORGANIZATION, null),
            "person-jane-roe", actor("person-jane-roe", ActorType.PERSON, null));

    /** scored in the paragraph => states derived (state=sources) */
    private static final String[][] ROWS = {
        {"person-wang-yi", "china=[person-wang-yi]"},
        {"org-philippines-supreme-court", "philippines=[org-philippines-supreme-court]"},
        {"person-wang-yi,china", ""}, // the state is scored itself: nothing derived
        {"org-goldman-sachs-group,person-jane-roe", ""}, // no state behind them
    };

    @Test
    void officialsAndTheStatesOwnBodiesCountForTheirState() {
        for (String[] row : ROWS) {
            Map<String, List<Integer>> scored = new LinkedHashMap<>();
            for (String id : row[0].split(",")) {
                scored.put(id, List.of(1));
            }
            Map<String, List<String>> derived = Officials.derived(scored, ACTORS, Set.of("china", "philippines"));
            String shown = derived.isEmpty() ? "" : derived.toString().replaceAll("[{}]", "");
            assertEquals(row[1], shown, row[0]);
        }
    }
}
