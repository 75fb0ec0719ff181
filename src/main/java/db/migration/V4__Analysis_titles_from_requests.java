package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code analyses.title} (added by V3) from the stored request JSON of analyses stored before
 * the column existed, so that the change feed shows their titles too. A Java migration because H2 and
 * PostgreSQL share no JSON functions; it lives in {@code db.migration}, the package Flyway and Quarkus
 * look in for the {@code db/migration} location.
 */
public class V4__Analysis_titles_from_requests extends BaseJavaMigration {

    /** Longest title the column holds (the API refuses longer ones). */
    static final int MAX_TITLE_CHARS = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, request FROM analyses WHERE status <> 'deleted' AND title IS NULL");
                PreparedStatement update = c.prepareStatement("UPDATE analyses SET title = ? WHERE id = ?")) {
            select.setFetchSize(100);
            int pending = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String title = title(rs.getString(2));
                    if (title != null) {
                        update.setString(1, title);
                        update.setString(2, rs.getString(1));
                        update.addBatch();
                        if (++pending == 100) {
                            update.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    /**
     * @param request a stored request's JSON
     * @return its title, or null when it has none (or the JSON cannot be read)
     */
    static String title(String request) {
        try {
            JsonNode title = JSON.readTree(request).path("title");
            if (!title.isTextual()) {
                return null;
            }
            String t = title.textValue();
            return t.length() > MAX_TITLE_CHARS ? t.substring(0, MAX_TITLE_CHARS) : t;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
