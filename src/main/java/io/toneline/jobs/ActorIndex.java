package io.toneline.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code actor_tones} table: written in the same transaction that stores a finished analysis,
 * removed with it, and read by the actor endpoints. Queries use the (actor, time) index, so a
 * dashboard that polls one actor's timeline reads only that actor's rows in the range.
 */
public final class ActorIndex {

    private static final long DAY_MS = 86_400_000L;

    private final Jdbc jdbc;

    ActorIndex(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An actor seen in stored analyses. */
    public record Seen(String id, String name, String type, long analyses, long mentions, long lastSeen) {}

    /**
     * One period of an actor's timeline.
     *
     * @param start first millisecond of the period
     * @param analyses analyses that mention the actor
     * @param paragraphs paragraphs that scored it
     * @param scoreSum sum of their scores
     * @param levels paragraphs per level, hostile to conciliatory
     */
    public record Period(long start, long analyses, long paragraphs, double scoreSum, long[] levels) {}

    static void write(Connection c, String analysisId, long publishedAt, List<ActorTone> tones) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_tones (analysis_id, actor_id, actor_name, "
                + "actor_type, published_at, mentions, paragraphs, score_sum, hostile, critical, neutral, "
                + "cooperative, conciliatory) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ActorTone t : tones) {
                ps.setString(1, analysisId);
                ps.setString(2, cut(t.actorId(), 200));
                ps.setString(3, cut(t.name(), 300));
                ps.setString(4, cut(t.type(), 20));
                ps.setLong(5, publishedAt);
                ps.setInt(6, t.mentions());
                ps.setInt(7, t.paragraphs());
                ps.setDouble(8, t.scoreSum());
                for (int i = 0; i < 5; i++) {
                    ps.setInt(9 + i, t.levels()[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void delete(Connection c, String analysisId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM actor_tones WHERE analysis_id = ?")) {
            ps.setString(1, analysisId);
            ps.executeUpdate();
        }
    }

    /**
     * @param from first millisecond (inclusive)
     * @param to last millisecond (exclusive)
     * @param limit most actors
     * @return actors seen in analyses published in [from, to), the most often seen first
     */
    public List<Seen> actors(long from, long to, int limit) {
        return jdbc.inTransaction(c -> {
            List<Seen> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, MAX(actor_name), MAX(actor_type), "
                    + "COUNT(*), SUM(mentions), MAX(published_at) FROM actor_tones WHERE published_at >= ? "
                    + "AND published_at < ? GROUP BY actor_id ORDER BY COUNT(*) DESC, actor_id "
                    + "FETCH FIRST " + limit + " ROWS ONLY")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Seen(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * @param actorId the actor
     * @param from first millisecond (inclusive)
     * @param to last millisecond (exclusive)
     * @param days period length: 1 (day) or 7 (week, starting on Monday)
     * @return the periods that have data, oldest first
     */
    public List<Period> timeline(String actorId, long from, long to, int days) {
        long period = days * DAY_MS;
        // epoch day 0 was a Thursday: shifting by 3 days makes weeks start on Monday
        long shift = days == 7 ? 3 * DAY_MS : 0;
        return jdbc.inTransaction(c -> {
            List<Period> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT b, COUNT(*), SUM(paragraphs), SUM(score_sum), "
                    + "SUM(hostile), SUM(critical), SUM(neutral), SUM(cooperative), SUM(conciliatory) FROM ("
                    + "SELECT (published_at + ?) / ? AS b, paragraphs, score_sum, hostile, critical, neutral, "
                    + "cooperative, conciliatory FROM actor_tones WHERE actor_id = ? AND published_at >= ? "
                    + "AND published_at < ?) periods GROUP BY b ORDER BY b")) {
                ps.setLong(1, shift);
                ps.setLong(2, period);
                ps.setString(3, actorId);
                ps.setLong(4, from);
                ps.setLong(5, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] levels = new long[5];
                        for (int i = 0; i < 5; i++) {
                            levels[i] = rs.getLong(5 + i);
                        }
                        out.add(new Period(rs.getLong(1) * period - shift, rs.getLong(2), rs.getLong(3),
                                rs.getDouble(4), levels));
                    }
                }
            }
            return out;
        });
    }

    /**
     * @param actorId an actor id
     * @return whether any stored analysis mentions it
     */
    public boolean known(String actorId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM actor_tones WHERE actor_id = ? FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, actorId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
