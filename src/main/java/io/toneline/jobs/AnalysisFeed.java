package io.toneline.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
        return jdbc.inTransaction(c -> {
            String sql = "SELECT " + AnalysisStore.COLUMNS + " FROM analyses WHERE seq > ?"
                    + (status == null ? "" : " AND status = ?") + " ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, since);
                if (status != null) {
                    ps.setString(2, status.json());
                }
                return rows(ps);
            }
        });
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
        return jdbc.inTransaction(c -> {
            // the counter commits with every change, so all rows up to its value are committed; a row that
            // changes after this read gets a higher number and shows in the feed from the cursor
            long cursor = lastSeq(c);
            String sql = "SELECT " + AnalysisStore.COLUMNS + " FROM analyses WHERE seq <= ?"
                    + (status == null ? " AND status <> 'deleted'" : " AND status = ?")
                    + " ORDER BY seq DESC FETCH FIRST " + limit + " ROWS ONLY";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, cursor);
                if (status != null) {
                    ps.setString(2, status.json());
                }
                return new Newest(rows(ps), cursor);
            }
        });
    }

    private static long lastSeq(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<AnalysisRecord> rows(PreparedStatement ps) throws SQLException {
        List<AnalysisRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(AnalysisStore.read(rs, false));
            }
        }
        return out;
    }
}
