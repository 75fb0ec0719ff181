package io.toneline.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The widths in {@link Columns} are those of the migrated schema, on H2 and PostgreSQL. */
class ColumnsTest {

    static List<Object[]> columns() {
        List<Object[]> out = new java.util.ArrayList<>();
        Object[][] widths = {
            {"analyses", "error", Columns.ERROR},
            {"analyses", "title", Columns.TITLE},
            {"analyses", "idempotency_key", Columns.IDEMPOTENCY_KEY},
            {"actor_tones", "actor_id", Columns.ACTOR_ID},
            {"actor_tones", "actor_name", Columns.ACTOR_NAME},
            {"actor_tones", "actor_type", Columns.ACTOR_TYPE},
            {"actor_days", "actor_id", Columns.ACTOR_ID},
            {"actor_days", "actor_name", Columns.ACTOR_NAME},
            {"actor_days", "actor_type", Columns.ACTOR_TYPE}};
        for (String kind : Databases.kinds()) {
            for (Object[] w : widths) {
                out.add(new Object[] {kind, w[0], w[1], w[2]});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}.{2} = {3}")
    @MethodSource("columns")
    void theWidthIsTheMigrations(String kind, String table, String column, int width) throws Exception {
        DataSource ds = Databases.fresh(kind);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT character_maximum_length FROM information_schema.columns WHERE LOWER(table_name) = ? "
                        + "AND LOWER(column_name) = ? AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                assertEquals(true, rs.next(), table + "." + column + " exists");
                assertEquals(width, rs.getInt(1), table + "." + column);
            }
        }
    }
}
