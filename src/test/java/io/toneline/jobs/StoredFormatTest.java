package io.toneline.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.errors.StoreException;
import io.toneline.jobs.stored.SampleAnalysis;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rows stored by the release before stored formats, and by a newer release, read through the store on H2 and PostgreSQL. */
class StoredFormatTest {

    static List<String> kinds() {
        return Databases.kinds();
    }

    private static String fixture() throws Exception {
        try (InputStream in = StoredFormatTest.class.getResourceAsStream("/stored/analysis-format-1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void insertRow(DataSource ds, String id, String result, Integer format) throws Exception {
        String sql = "INSERT INTO analyses (id, status, seq, request, request_hash, result, attempts, created_at, "
                + "started_at, finished_at, updated_at" + (format == null ? "" : ", result_format")
                + ") VALUES (?, 'succeeded', ?, '{}', ?, ?, 1, 1, 1, 1, 1" + (format == null ? "" : ", ?") + ")";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.setLong(2, id.hashCode() & 0xffff);
            ps.setString(3, "h-" + id);
            ps.setString(4, result);
            if (format != null) {
                ps.setInt(5, format);
            }
            ps.executeUpdate();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAnalysisStoredBeforeFormatsExistedReadsAsTheApiAnalysis(String kind) throws Exception {
        DataSource ds = Databases.fresh(kind, "4"); // the schema of the release that wrote the fixture
        insertRow(ds, "old", fixture(), null);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        ObjectMapper json = new ObjectMapper();
        AnalysisRecord r = new AnalysisStore(ds).get("old", true).orElseThrow();
        assertEquals(json.valueToTree(SampleAnalysis.analysis()), json.readTree(r.result()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anAnalysisInAFormatFromTheFutureIsRefusedWithAClearError(String kind) throws Exception {
        DataSource ds = Databases.fresh(kind);
        insertRow(ds, "future", "{\"title\":\"a newer shape\"}", 2);
        AnalysisStore store = new AnalysisStore(ds);
        assertEquals("succeeded", store.get("future", false).orElseThrow().status().json(), "its state still shows");
        StoreException e = assertThrows(StoreException.class, () -> store.get("future", true));
        assertTrue(e.getMessage().contains("format 2"), e.getMessage());
    }
}
