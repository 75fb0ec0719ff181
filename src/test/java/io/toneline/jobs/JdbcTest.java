package io.toneline.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.errors.StoreException;
import io.toneline.errors.StoreUnavailableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** What a failure of the database means to callers: an outage (503, state down until a write succeeds) or a failure (500). */
class JdbcTest {

    /** H2 that refuses connections while {@code down} is set, as an unreachable server does. */
    private static DataSource switchable(DataSource h2, AtomicBoolean down) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (down.get() && method.getName().equals("getConnection")) {
                        throw new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
                    }
                    try {
                        return method.invoke(h2, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void anOutageIsUnavailableUntilAWriteSucceedsAgain() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        Jdbc jdbc = new Jdbc(switchable(Databases.fresh("h2"), down));
        assertThrows(StoreUnavailableException.class, () -> jdbc.written(Jdbc::nextSeq));
        assertTrue(jdbc.state().unavailableReason().contains("refused"), jdbc.state().unavailableReason());
        down.set(false);
        assertEquals(1L, jdbc.inTransaction(Jdbc::nextSeq));
        assertTrue(jdbc.state().unavailableReason() != null, "a transaction that may only read says nothing");
        assertEquals(2L, jdbc.written(Jdbc::nextSeq));
        assertNull(jdbc.state().unavailableReason());
    }

    @Test
    void aConstraintIsAFailureEvenWhenTheTextSentSoundsLikeAnOutage() throws Exception {
        AnalysisStore store = new AnalysisStore(Databases.fresh("h2"));
        String request = "{\"text\":\"no space left on device; connection refused; disk full\"}";
        store.insert("a", JobStatus.QUEUED, request, "h", null, null, 1);
        StoreException e = assertThrows(StoreException.class,
                () -> store.insert("a", JobStatus.QUEUED, request, "h", null, null, 2));
        assertTrue(e.getCause() instanceof SQLException, "the driver's error is kept for the log");
        assertNull(store.unavailableReason());
    }
}
