package io.toneline.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The newest analyses with the cursor to follow, and titles in the feed, on H2 and PostgreSQL. */
class AnalysisFeedTest {

    static List<String> kinds() {
        return Databases.kinds();
    }

    private static void insert(AnalysisStore store, String id, String title) {
        store.insert(id, JobStatus.SUCCEEDED, "{}", "h-" + id, null, title, "{}", 1_000, 1_000, List.of());
    }

    private static List<String> ids(List<AnalysisRecord> rows) {
        return rows.stream().map(AnalysisRecord::id).toList();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theNewestComeFirstWithTheCursorToFollow(String kind) throws Exception {
        AnalysisStore store = new AnalysisStore(Databases.fresh(kind));
        for (int i = 0; i < 6; i++) {
            insert(store, "a" + i, i == 2 ? null : "Title " + i);
        }
        store.delete("a4");
        AnalysisFeed.Newest newest = store.feed().newest(null, 3);
        assertEquals(List.of("a5", "a3", "a2"), ids(newest.rows()), "newest first, tombstones left out");
        assertEquals("Title 5", newest.rows().get(0).title());
        assertNull(newest.rows().get(2).title());
        List<AnalysisRecord> all = store.feed().changedSince(0, null, 100);
        assertEquals(all.get(all.size() - 1).seq(), newest.cursor(), "the cursor is the last change");
        // what changes after the read shows in the feed from the cursor, once
        insert(store, "a6", "Title 6");
        store.delete("a5");
        assertEquals(List.of("a6", "a5"), ids(store.feed().changedSince(newest.cursor(), null, 100)));
        AnalysisFeed.Newest gone = store.feed().newest(JobStatus.DELETED, 10);
        assertEquals(List.of("a5", "a4"), ids(gone.rows()));
        assertNull(gone.rows().get(0).title(), "a tombstone keeps no title");
        assertEquals(List.of(), store.feed().newest(JobStatus.FAILED, 10).rows());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void titlesOfAnalysesStoredBeforeTheColumnAreFilledIn(String kind) throws Exception {
        DataSource ds = Databases.fresh(kind, "3");
        String[][] rows = {
            {"with", "{\"format\":\"text\",\"text\":\"x\",\"title\":\"Sanctions to talks\"}", "succeeded"},
            {"none", "{\"format\":\"text\",\"text\":\"x\",\"title\":null}", "queued"},
            {"long", "{\"title\":\"" + "t".repeat(1200) + "\"}", "succeeded"},
            {"broken", "{not json", "failed"},
            {"gone", "{}", "deleted"}};
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO analyses "
                + "(id, status, seq, request, request_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 'h', 1, 1)")) {
            for (int i = 0; i < rows.length; i++) {
                ps.setString(1, rows[i][0]);
                ps.setString(2, rows[i][2]);
                ps.setLong(3, i + 1);
                ps.setString(4, rows[i][1]);
                ps.executeUpdate();
            }
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        AnalysisStore store = new AnalysisStore(ds);
        assertEquals("Sanctions to talks", store.get("with", false).orElseThrow().title());
        assertNull(store.get("none", false).orElseThrow().title());
        assertEquals("t".repeat(1000), store.get("long", false).orElseThrow().title());
        assertNull(store.get("broken", false).orElseThrow().title());
    }
}
