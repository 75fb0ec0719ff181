package io.toneline.jobs;

import io.toneline.errors.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import io.toneline.errors.StoreUnavailableException;

import javax.sql.DataSource;

/** Transactions and the change counter, shared by {@link AnalysisStore} and {@link JobQueue}. */
final class Jdbc {

    private final DataSource dataSource;
    private final StoreState state = new StoreState();

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return whether the last operation reached and wrote the store */
    StoreState state() {
        return state;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A transaction; its success says nothing of whether the store can write (it may only have read). */
    <T> T inTransaction(Work<T> work) {
        return run(work, false);
    }

    /** A transaction that writes: its success tells that the store can write again. */
    <T> T written(Work<T> work) {
        return run(work, true);
    }

    private <T> T run(Work<T> work, boolean writes) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                if (writes) {
                    state.succeeded();
                }
                return out;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                resetQuietly(c, auto);
            }
        } catch (SQLException e) {
            if (StoreFailures.unavailable(e)) {
                state.failed(firstLine(e.getMessage()));
                throw new StoreUnavailableException("the analyses store cannot be reached or cannot write right now"
                        + " (database down or disk full); nothing was stored, send the request again later");
            }
            throw new StoreException("analyses store failed: " + e.getMessage(), e);
        }
    }

    // a connection to a database that went away fails here too; the original error is the one to report
    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the connection
        }
    }

    private static void resetQuietly(Connection c, boolean auto) {
        try {
            c.setAutoCommit(auto);
        } catch (SQLException ignored) {
            // the pool validates the connection before it is lent again
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Bumps the change counter; call it first in every writing transaction (one lock order). */
    static long nextSeq(Connection c) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE change_counter SET last_seq = last_seq + 1 WHERE id = 1")) {
            up.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

}
