package io.toneline.jobs;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a database that is unavailable (unreachable, shut down, out of disk, closed after an I/O error)
 * from other failures (a constraint, a bug). A pure function over the exception chain; the SQLState
 * classes are the SQL standard's, the H2 codes those of {@code org.h2.api.ErrorCode}.
 */
final class StoreFailures {

    /** H2: database closed (90098), I/O errors (90028, 90031), called at shutdown (90121), file corrupted (90030). */
    private static final int[] H2_UNAVAILABLE = {90098, 90028, 90031, 90121, 90030};

    private StoreFailures() {}

    /**
     * @param e a failure of the store
     * @return true when the store is unavailable rather than the request wrong
     */
    static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState() == null ? "" : s.getSQLState();
                // 08: connection exception; 53: insufficient resources (disk full); 57P: operator intervention
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
                for (int code : H2_UNAVAILABLE) {
                    if (s.getErrorCode() == code) {
                        return true;
                    }
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.io.IOException) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("acquisition timeout")
                    || m.contains("database has been closed") || m.contains("connection refused")) {
                return true;
            }
        }
        return false;
    }
}
