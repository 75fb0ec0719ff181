package io.toneline.jobs;

import io.toneline.errors.StoreException;
import io.toneline.errors.StoreUnavailableException;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Transactions (Jdbi's, over the service's datasource) and the store's availability state, shared by
 * the views of the analyses tables: a failure that means the database is unavailable becomes
 * {@link StoreUnavailableException} (503) and marks the state; any other database failure is a
 * {@link StoreException} (500).
 */
final class Jdbc {

    private final Jdbi jdbi;
    private final StoreState state = new StoreState();

    /** @param dataSource a database migrated with db/migration */
    Jdbc(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
    }

    /** @return whether the last writing operation reached and wrote the store */
    StoreState state() {
        return state;
    }

    /** Work in one transaction; it may roll back by itself ({@link Handle#rollback()}) and return. */
    @FunctionalInterface
    interface Work<T> extends HandleCallback<T, RuntimeException> {}

    /** A transaction; its success says nothing of whether the store can write (it may only have read). */
    <T> T inTransaction(Work<T> work) {
        return run(work, false);
    }

    /** A transaction that writes: its success tells that the store can write again. */
    <T> T written(Work<T> work) {
        return run(work, true);
    }

    private <T> T run(Work<T> work, boolean writes) {
        try {
            T out = jdbi.inTransaction(work);
            if (writes) {
                state.succeeded();
            }
            return out;
        } catch (JdbiException e) {
            // the driver's error, not Jdbi's wrapper: that one lists the bound arguments (article texts)
            Throwable cause = driverError(e);
            if (StoreFailures.unavailable(cause)) {
                state.failed(firstLine(cause.getMessage()));
                throw new StoreUnavailableException("the analyses store cannot be reached or cannot write right now"
                        + " (database down or disk full); nothing was stored, send the request again later");
            }
            throw new StoreException("analyses store failed: " + cause.getMessage(), cause);
        }
    }

    /** @return the first SQLException in the chain, else what Jdbi wrapped, else the exception itself */
    private static Throwable driverError(JdbiException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
        }
        return e.getCause() != null ? e.getCause() : e;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Bumps the change counter; call it first in every writing transaction (one lock order). */
    static long nextSeq(Handle h) {
        h.execute("UPDATE change_counter SET last_seq = last_seq + 1 WHERE id = 1");
        return lastSeq(h);
    }

    /** @return the last change number handed out (committed, when read outside a writing transaction) */
    static long lastSeq(Handle h) {
        return h.createQuery("SELECT last_seq FROM change_counter WHERE id = 1").mapTo(Long.class).one();
    }
}
