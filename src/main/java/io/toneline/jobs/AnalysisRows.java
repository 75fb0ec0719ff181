package io.toneline.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jdbi.v3.core.mapper.RowMapper;

/** The columns of an {@code analyses} row that {@link AnalysisRecord} shows, and their mapping by name. */
final class AnalysisRows {

    private AnalysisRows() {}

    /** The columns {@link #RECORD} reads. */
    static final String COLUMNS = "id, status, seq, idempotency_key, attempts, created_at, started_at, "
            + "finished_at, updated_at, error, title";

    /** A row selected with {@link #COLUMNS}, without its result. */
    static final RowMapper<AnalysisRecord> RECORD = (rs, ctx) -> record(rs, null);

    /**
     * @param rs a row selected with {@link #COLUMNS}
     * @param result the analysis JSON to carry, or null
     * @return the record
     */
    static AnalysisRecord record(ResultSet rs, String result) throws SQLException {
        return new AnalysisRecord(rs.getString("id"), JobStatus.parse(rs.getString("status")), rs.getLong("seq"),
                rs.getString("idempotency_key"), rs.getInt("attempts"), rs.getLong("created_at"),
                rs.getObject("started_at", Long.class), rs.getObject("finished_at", Long.class),
                rs.getLong("updated_at"), rs.getString("error"), result, rs.getString("title"));
    }

    /**
     * @param r a record
     * @param result the analysis JSON
     * @return the same record carrying it
     */
    static AnalysisRecord withResult(AnalysisRecord r, String result) {
        return new AnalysisRecord(r.id(), r.status(), r.seq(), r.idempotencyKey(), r.attempts(), r.createdAt(),
                r.startedAt(), r.finishedAt(), r.updatedAt(), r.error(), result, r.title());
    }
}
