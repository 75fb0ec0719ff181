package io.toneline.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Deleting analyses takes their figures out of the daily rollup and drops the days nobody counts any more. */
class ActorIndexTest {

    static List<String> kinds() {
        return Databases.kinds();
    }

    private static final long DAY = 86_400_000L;

    private static ActorTone tone(String actor, double score) {
        return new ActorTone(actor, actor.toUpperCase(), "country", 2, 1, score, new int[] {0, 0, 0, 1, 0});
    }

    private static long dayRows(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM actor_days")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deletingAnAnalysisRemovesOnlyTheDaysItAloneCounted(String kind) throws Exception {
        DataSource ds = Databases.fresh(kind);
        AnalysisStore store = new AnalysisStore(ds);
        ActorIndex index = ActorIndex.on(ds);
        store.insert("a", JobStatus.SUCCEEDED, "{}", "ha", null, null, "{}", 1, 10 * DAY, List.of(tone("fr", 0.5),
                tone("de", 0.4)));
        store.insert("b", JobStatus.SUCCEEDED, "{}", "hb", null, null, "{}", 1, 10 * DAY + 5, List.of(tone("fr", 0.3)));
        store.insert("c", JobStatus.SUCCEEDED, "{}", "hc", null, null, "{}", 1, 11 * DAY, List.of(tone("fr", 0.1)));
        assertEquals(3, dayRows(ds), "fr on days 10 and 11, de on day 10");
        assertTrue(store.delete("a"));
        assertEquals(2, dayRows(ds), "de's day went; fr's day 10 still counts b");
        assertFalse(index.known("de"));
        List<ActorIndex.Period> fr = index.timeline("fr", 0, 20 * DAY, 1);
        assertEquals(2, fr.size());
        assertEquals(1, fr.get(0).analyses());
        assertEquals(0.3, fr.get(0).scoreSum(), 1e-9);
        assertEquals(1, fr.get(0).levels()[3]);
        assertTrue(store.delete("b"));
        assertTrue(store.delete("c"));
        assertEquals(0, dayRows(ds));
        assertFalse(index.known("fr"));
    }
}
