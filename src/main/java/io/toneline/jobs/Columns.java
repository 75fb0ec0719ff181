package io.toneline.jobs;

/**
 * The widths of the text columns that the service cuts values to, as the migrations under
 * db/migration declare them; {@code ColumnsTest} checks each against the migrated schema, so a
 * migration that changes one fails the build until this class follows.
 */
public final class Columns {

    private Columns() {}

    /** {@code analyses.error}. */
    public static final int ERROR = 2000;
    /** {@code analyses.title} (the API refuses longer titles). */
    public static final int TITLE = 1000;
    /** {@code analyses.idempotency_key}. */
    public static final int IDEMPOTENCY_KEY = 200;
    /** {@code actor_tones.actor_id} and {@code actor_days.actor_id}. */
    public static final int ACTOR_ID = 200;
    /** {@code actor_tones.actor_name} and {@code actor_days.actor_name}. */
    public static final int ACTOR_NAME = 300;
    /** {@code actor_tones.actor_type} and {@code actor_days.actor_type}. */
    public static final int ACTOR_TYPE = 20;

    /**
     * @param s a value, or null
     * @param width the column's width
     * @return the value cut to the width ("" for null)
     */
    static String cut(String s, int width) {
        return s == null ? "" : s.length() > width ? s.substring(0, width) : s;
    }
}
