package io.toneline.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code actor_tones} table (per analysis and actor) and its daily rollup {@code actor_days}
 * (per actor and UTC day): written in the same transaction that stores a finished analysis, removed
 * with it, and read by the actor endpoints. A timeline reads one rollup row per day of its range, so
 * a dashboard polling it costs the same with 100,000 stored analyses as with ten. Ranges have day
 * resolution.
 */
public final class ActorIndex {

    private static final long DAY_MS = 86_400_000L;

    private final Jdbc jdbc;

    ActorIndex(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param dataSource a database migrated with db/migration
     * @return the index on it (for tools such as the timeline benchmark)
     */
    public static ActorIndex on(javax.sql.DataSource dataSource) {
        return new ActorIndex(new Jdbc(dataSource));
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

    /**
     * One analysis' rows, for tools that fill the index directly.
     *
     * @param analysisId analysis id
     * @param publishedAt epoch ms
     * @param tones per actor
     */
    public record Entry(String analysisId, long publishedAt, List<ActorTone> tones) {}

    /**
     * Writes many analyses' rows in one transaction, taking the same lock as the service's writes
     * (for benchmarks and imports; the analyses themselves are not stored).
     *
     * @param entries the rows
     */
    public void writeAll(List<Entry> entries) {
        jdbc.inTransaction(c -> {
            Jdbc.nextSeq(c);
            for (Entry e : entries) {
                write(c, e.analysisId(), e.publishedAt(), e.tones());
            }
            return null;
        });
    }

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
        long day = Math.floorDiv(publishedAt, DAY_MS);
        for (ActorTone t : tones) {
            long[] levels = new long[5];
            for (int i = 0; i < 5; i++) {
                levels[i] = t.levels()[i];
            }
            addToDay(c, cut(t.actorId(), 200), cut(t.name(), 300), cut(t.type(), 20), day, publishedAt, 1,
                    t.mentions(), t.paragraphs(), t.scoreSum(), levels);
        }
    }

    /**
     * Adds (or, with negative counts, removes) one analysis' figures to an actor's day. Callers hold the
     * change_counter lock, so update-then-insert cannot race.
     */
    private static void addToDay(Connection c, String actor, String name, String type, long day, long seen,
            long analyses, long mentions, long paragraphs, double scoreSum, long[] levels) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE actor_days SET analyses = analyses + ?, "
                + "mentions = mentions + ?, paragraphs = paragraphs + ?, score_sum = score_sum + ?, "
                + "hostile = hostile + ?, critical = critical + ?, neutral = neutral + ?, "
                + "cooperative = cooperative + ?, conciliatory = conciliatory + ?, "
                + "last_seen = CASE WHEN last_seen < ? THEN ? ELSE last_seen END WHERE actor_id = ? AND day_index = ?")) {
            ps.setLong(1, analyses);
            ps.setLong(2, mentions);
            ps.setLong(3, paragraphs);
            ps.setDouble(4, scoreSum);
            for (int i = 0; i < 5; i++) {
                ps.setLong(5 + i, levels[i]);
            }
            ps.setLong(10, seen);
            ps.setLong(11, seen);
            ps.setString(12, actor);
            ps.setLong(13, day);
            if (ps.executeUpdate() == 1 || analyses < 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_days (actor_id, day_index, actor_name, actor_type, "
                + "analyses, mentions, paragraphs, score_sum, hostile, critical, neutral, cooperative, conciliatory, "
                + "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, actor);
            ps.setLong(2, day);
            ps.setString(3, name);
            ps.setString(4, type);
            ps.setLong(5, analyses);
            ps.setLong(6, mentions);
            ps.setLong(7, paragraphs);
            ps.setDouble(8, scoreSum);
            for (int i = 0; i < 5; i++) {
                ps.setLong(9 + i, levels[i]);
            }
            ps.setLong(14, seen);
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, String analysisId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, published_at, mentions, paragraphs, score_sum, "
                + "hostile, critical, neutral, cooperative, conciliatory FROM actor_tones WHERE analysis_id = ?")) {
            ps.setString(1, analysisId);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] levels = new long[5];
                    for (int i = 0; i < 5; i++) {
                        levels[i] = -rs.getLong(6 + i);
                    }
                    rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getDouble(5), levels});
                }
            }
            for (Object[] r : rows) {
                long published = (Long) r[1];
                addToDay(c, (String) r[0], "", "", Math.floorDiv(published, DAY_MS), Long.MIN_VALUE, -1,
                        -(Long) r[2], -(Long) r[3], -(Double) r[4], (long[]) r[5]);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM actor_tones WHERE analysis_id = ?")) {
            ps.setString(1, analysisId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM actor_days WHERE analyses <= 0")) {
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
                    + "SUM(analyses), SUM(mentions), MAX(last_seen) FROM actor_days WHERE day_index >= ? AND day_index < ? "
                    + "GROUP BY actor_id ORDER BY SUM(analyses) DESC, actor_id FETCH FIRST " + limit + " ROWS ONLY")) {
                ps.setLong(1, firstDay(from));
                ps.setLong(2, endDay(to));
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
            // one row per day from the rollup; weeks are summed here (at most a few hundred rows)
            java.util.TreeMap<Long, long[]> counts = new java.util.TreeMap<>();
            java.util.Map<Long, Double> sums = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day_index, analyses, paragraphs, score_sum, hostile, "
                    + "critical, neutral, cooperative, conciliatory FROM actor_days WHERE actor_id = ? "
                    + "AND day_index >= ? AND day_index < ?")) {
                ps.setString(1, actorId);
                ps.setLong(2, firstDay(from));
                ps.setLong(3, endDay(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long bucket = Math.floorDiv(rs.getLong(1) * DAY_MS + shift, period);
                        long[] n = counts.computeIfAbsent(bucket, k -> new long[7]);
                        n[0] += rs.getLong(2);
                        n[1] += rs.getLong(3);
                        for (int i = 0; i < 5; i++) {
                            n[2 + i] += rs.getLong(5 + i);
                        }
                        sums.merge(bucket, rs.getDouble(4), Double::sum);
                    }
                }
            }
            List<Period> out = new ArrayList<>(counts.size());
            counts.forEach((bucket, n) -> out.add(new Period(bucket * period - shift, n[0], n[1], sums.get(bucket),
                    java.util.Arrays.copyOfRange(n, 2, 7))));
            return out;
        });
    }

    /** Timelines have day resolution: a range starts at the day that holds {@code from}. */
    private static long firstDay(long from) {
        return Math.floorDiv(from, DAY_MS);
    }

    /** ... and ends after the day that holds {@code to} (exclusive): a partial last day counts whole. */
    private static long endDay(long to) {
        return Math.floorDiv(to - 1, DAY_MS) + 1;
    }

    /**
     * @param actorId an actor id
     * @return whether any stored analysis mentions it
     */
    public boolean known(String actorId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM actor_days WHERE actor_id = ? FETCH FIRST 1 ROWS ONLY")) {
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
