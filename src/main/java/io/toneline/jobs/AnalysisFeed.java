package io.toneline.jobs;

import java.util.List;

import org.jdbi.v3.core.statement.Query;

/**
 * The read side of the analyses table that dashboards poll: the change feed (everything changed after
 * a cursor, oldest change first) and the newest analyses with the cursor to follow the feed from.
 */
public final class AnalysisFeed {

    private final Jdbc jdbc;

    AnalysisFeed(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Analyses changed after a cursor, oldest change first.
     *
     * @param since sequence number already seen (0 for all)
     * @param status only this status, or null for all
     * @param limit most rows
     * @return rows without results
     */
    public List<AnalysisRecord> changedSince(long since, JobStatus status, int limit) {
        return jdbc.inTransaction(h -> withStatus(h.createQuery("SELECT " + AnalysisRows.COLUMNS
                        + " FROM analyses WHERE seq > :since" + (status == null ? "" : " AND status = :status")
                        + " ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY"), status)
                .bind("since", since)
                .map(AnalysisRows.RECORD)
                .list());
    }

    /**
     * The most recently changed analyses, newest first, and the cursor as of that read.
     *
     * @param rows the analyses, newest change first (tombstones only when asked for by status)
     * @param cursor the last change number at the time of the read: polling {@link #changedSince} from it
     *     sees every later change, including those to the rows returned here
     */
    public record Newest(List<AnalysisRecord> rows, long cursor) {}

    /**
     * @param status only this status, or null for all but tombstones
     * @param limit most rows
     * @return the newest rows without results, and the cursor to follow the feed from
     */
    public Newest newest(JobStatus status, int limit) {
        return jdbc.inTransaction(h -> {
            // the counter commits with every change, so all rows up to its value are committed; a row that
            // changes after this read gets a higher number and shows in the feed from the cursor
            long cursor = Jdbc.lastSeq(h);
            List<AnalysisRecord> rows = withStatus(h.createQuery("SELECT " + AnalysisRows.COLUMNS
                            + " FROM analyses WHERE seq <= :cursor"
                            + (status == null ? " AND status <> 'deleted'" : " AND status = :status")
                            + " ORDER BY seq DESC FETCH FIRST " + limit + " ROWS ONLY"), status)
                    .bind("cursor", cursor)
                    .map(AnalysisRows.RECORD)
                    .list();
            return new Newest(rows, cursor);
        });
    }

    /** Binds the status filter when there is one (Jdbi refuses a binding the SQL does not use). */
    private static Query withStatus(Query q, JobStatus status) {
        return status == null ? q : q.bind("status", status.json());
    }
}
