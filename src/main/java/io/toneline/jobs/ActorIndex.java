package io.toneline.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

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
        jdbc.inTransaction(h -> {
            Jdbc.nextSeq(h);
            for (Entry e : entries) {
                write(h, e.analysisId(), e.publishedAt(), e.tones());
            }
            return null;
        });
    }

    static void write(Handle h, String analysisId, long publishedAt, List<ActorTone> tones) {
        if (tones.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO actor_tones (analysis_id, actor_id, actor_name, actor_type, "
                + "published_at, mentions, paragraphs, score_sum, hostile, critical, neutral, cooperative, conciliatory) "
                + "VALUES (:analysis, :actor, :name, :type, :published, :mentions, :paragraphs, :scoreSum, :hostile, "
                + ":critical, :neutral, :cooperative, :conciliatory)");
        for (ActorTone t : tones) {
            bindLevels(batch.bind("analysis", analysisId)
                    .bind("actor", Columns.cut(t.actorId(), Columns.ACTOR_ID))
                    .bind("name", Columns.cut(t.name(), Columns.ACTOR_NAME))
                    .bind("type", Columns.cut(t.type(), Columns.ACTOR_TYPE))
                    .bind("published", publishedAt)
                    .bind("mentions", t.mentions())
                    .bind("paragraphs", t.paragraphs())
                    .bind("scoreSum", t.scoreSum()), java.util.Arrays.stream(t.levels()).asLongStream().toArray())
                    .add();
        }
        batch.execute();
        long day = Math.floorDiv(publishedAt, DAY_MS);
        for (ActorTone t : tones) {
            addToDay(h, new DayFigures(Columns.cut(t.actorId(), Columns.ACTOR_ID), day, 1, t.mentions(), t.paragraphs(),
                    t.scoreSum(), java.util.Arrays.stream(t.levels()).asLongStream().toArray()),
                    Columns.cut(t.name(), Columns.ACTOR_NAME), Columns.cut(t.type(), Columns.ACTOR_TYPE), publishedAt);
        }
    }

    /**
     * One analysis' figures for an actor's day, added to (or, negated, taken from) its rollup row.
     *
     * @param actor actor id
     * @param day days since the epoch, UTC
     * @param analyses analyses (1 or -1)
     * @param mentions mentions
     * @param paragraphs scored paragraphs
     * @param scoreSum sum of their scores
     * @param levels paragraphs per level, hostile first
     */
    private record DayFigures(String actor, long day, long analyses, long mentions, long paragraphs, double scoreSum,
            long[] levels) {

        DayFigures negated() {
            return new DayFigures(actor, day, -analyses, -mentions, -paragraphs, -scoreSum,
                    java.util.Arrays.stream(levels).map(v -> -v).toArray());
        }
    }

    private static final String[] LEVELS = {"hostile", "critical", "neutral", "cooperative", "conciliatory"};

    private static <S extends SqlStatement<S>> S bindLevels(S statement, long[] levels) {
        for (int i = 0; i < LEVELS.length; i++) {
            statement.bind(LEVELS[i], levels[i]);
        }
        return statement;
    }

    /**
     * Adds (or, with negative counts, removes) one analysis' figures to an actor's day. Callers hold the
     * change_counter lock, so update-then-insert cannot race.
     */
    private static void addToDay(Handle h, DayFigures f, String name, String type, long seen) {
        int updated = bindFigures(h.createUpdate("UPDATE actor_days SET analyses = analyses + :analyses, "
                + "mentions = mentions + :mentions, paragraphs = paragraphs + :paragraphs, "
                + "score_sum = score_sum + :scoreSum, hostile = hostile + :hostile, critical = critical + :critical, "
                + "neutral = neutral + :neutral, cooperative = cooperative + :cooperative, "
                + "conciliatory = conciliatory + :conciliatory, "
                + "last_seen = CASE WHEN last_seen < :seen THEN :seen ELSE last_seen END "
                + "WHERE actor_id = :actor AND day_index = :day"), f)
                .bind("seen", seen)
                .execute();
        if (updated == 1 || f.analyses() < 0) {
            return;
        }
        bindFigures(h.createUpdate("INSERT INTO actor_days (actor_id, day_index, actor_name, actor_type, analyses, "
                + "mentions, paragraphs, score_sum, hostile, critical, neutral, cooperative, conciliatory, last_seen) "
                + "VALUES (:actor, :day, :name, :type, :analyses, :mentions, :paragraphs, :scoreSum, :hostile, "
                + ":critical, :neutral, :cooperative, :conciliatory, :seen)"), f)
                .bind("name", name)
                .bind("type", type)
                .bind("seen", seen)
                .execute();
    }

    private static Update bindFigures(Update u, DayFigures f) {
        return bindLevels(u.bind("actor", f.actor())
                .bind("day", f.day())
                .bind("analyses", f.analyses())
                .bind("mentions", f.mentions())
                .bind("paragraphs", f.paragraphs())
                .bind("scoreSum", f.scoreSum()), f.levels());
    }

    /**
     * Takes an analysis' rows out of the index and its figures out of the daily rollup; a day row
     * that no analysis counts any more goes (by its key: the rows just changed, not a scan).
     */
    static void delete(Handle h, String analysisId) {
        List<DayFigures> rows = h.createQuery("SELECT actor_id, published_at, mentions, paragraphs, score_sum, hostile, "
                        + "critical, neutral, cooperative, conciliatory FROM actor_tones WHERE analysis_id = :analysis")
                .bind("analysis", analysisId)
                .map((rs, ctx) -> {
                    long[] levels = new long[LEVELS.length];
                    for (int i = 0; i < LEVELS.length; i++) {
                        levels[i] = rs.getLong(LEVELS[i]);
                    }
                    return new DayFigures(rs.getString("actor_id"), Math.floorDiv(rs.getLong("published_at"), DAY_MS),
                            1, rs.getLong("mentions"), rs.getLong("paragraphs"), rs.getDouble("score_sum"), levels);
                })
                .list();
        for (DayFigures f : rows) {
            addToDay(h, f.negated(), "", "", Long.MIN_VALUE);
        }
        h.createUpdate("DELETE FROM actor_tones WHERE analysis_id = :analysis").bind("analysis", analysisId).execute();
        for (DayFigures f : rows) {
            h.createUpdate("DELETE FROM actor_days WHERE actor_id = :actor AND day_index = :day AND analyses <= 0")
                    .bind("actor", f.actor())
                    .bind("day", f.day())
                    .execute();
        }
    }

    /**
     * @param from first millisecond (inclusive)
     * @param to last millisecond (exclusive)
     * @param limit most actors
     * @return actors seen in analyses published in [from, to), the most often seen first
     */
    public List<Seen> actors(long from, long to, int limit) {
        return jdbc.inTransaction(h -> h.createQuery("SELECT actor_id, MAX(actor_name) AS actor_name, "
                        + "MAX(actor_type) AS actor_type, SUM(analyses) AS analyses, SUM(mentions) AS mentions, "
                        + "MAX(last_seen) AS last_seen FROM actor_days WHERE day_index >= :first AND day_index < :end "
                        + "GROUP BY actor_id ORDER BY SUM(analyses) DESC, actor_id FETCH FIRST " + limit + " ROWS ONLY")
                .bind("first", firstDay(from))
                .bind("end", endDay(to))
                .map((rs, ctx) -> new Seen(rs.getString("actor_id"), rs.getString("actor_name"),
                        rs.getString("actor_type"), rs.getLong("analyses"), rs.getLong("mentions"), rs.getLong("last_seen")))
                .list());
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
        // one row per day from the rollup; weeks are summed here (at most a few hundred rows)
        List<DayFigures> rows = jdbc.inTransaction(h -> h.createQuery("SELECT day_index, analyses, mentions, paragraphs, "
                        + "score_sum, hostile, critical, neutral, cooperative, conciliatory FROM actor_days "
                        + "WHERE actor_id = :actor AND day_index >= :first AND day_index < :end")
                .bind("actor", actorId)
                .bind("first", firstDay(from))
                .bind("end", endDay(to))
                .map((rs, ctx) -> {
                    long[] levels = new long[LEVELS.length];
                    for (int i = 0; i < LEVELS.length; i++) {
                        levels[i] = rs.getLong(LEVELS[i]);
                    }
                    return new DayFigures(actorId, rs.getLong("day_index"), rs.getLong("analyses"), rs.getLong("mentions"),
                            rs.getLong("paragraphs"), rs.getDouble("score_sum"), levels);
                })
                .list());
        TreeMap<Long, Period> periods = new TreeMap<>();
        for (DayFigures d : rows) {
            long bucket = Math.floorDiv(d.day() * DAY_MS + shift, period);
            periods.merge(bucket, new Period(bucket * period - shift, d.analyses(), d.paragraphs(), d.scoreSum(),
                    d.levels().clone()), ActorIndex::sum);
        }
        return new ArrayList<>(periods.values());
    }

    private static Period sum(Period a, Period b) {
        long[] levels = a.levels().clone();
        for (int i = 0; i < levels.length; i++) {
            levels[i] += b.levels()[i];
        }
        return new Period(a.start(), a.analyses() + b.analyses(), a.paragraphs() + b.paragraphs(),
                a.scoreSum() + b.scoreSum(), levels);
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
        return jdbc.inTransaction(h -> h.createQuery("SELECT 1 FROM actor_days WHERE actor_id = :actor FETCH FIRST 1 ROWS ONLY")
                .bind("actor", actorId)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }
}
