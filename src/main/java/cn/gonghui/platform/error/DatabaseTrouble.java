package cn.gonghui.platform.error;

import jakarta.ws.rs.core.HttpHeaders;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * A failure that says the database cannot answer now, not that the request or the code is wrong:
 * the database is down or restarting, the pool has no connection free within its acquisition
 * timeout, a statement ran out of its time, or a row stayed locked past the lock timeout. Each is
 * a 503 with {@code Retry-After}, so that a client (and a load balancer) waits and tries again
 * instead of reading a 500 as a bug, and the log gets one line instead of a stack trace per call.
 */
public final class DatabaseTrouble {

    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    public static final String DATABASE_BUSY = "DATABASE_BUSY";
    public static final String RECORD_LOCKED = "RECORD_LOCKED";

    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; class 08 is any connection failure. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String QUERY_CANCELED = "57014";
    /** What Agroal says when no pooled connection became free in time ("Sorry, acquisition timeout!"); no SQL state. */
    private static final String POOL_EXHAUSTED = "acquisition timeout";
    private static final int MAX_CAUSES = 20;

    private DatabaseTrouble() {
    }

    /** The 503 this failure deserves, when somewhere in its causes the database said it cannot answer now. */
    public static Optional<ApiProblem> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                Optional<ApiProblem> problem = classify(sql);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /** The innermost cause, in one line for a log: what the driver or the pool said. */
    public static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Optional<ApiProblem> classify(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
            return Optional.of(unavailable(DATABASE_UNAVAILABLE, 5));
        }
        if (LOCK_NOT_AVAILABLE.equals(state)) {
            return Optional.of(unavailable(RECORD_LOCKED, 2));
        }
        if (QUERY_CANCELED.equals(state) || sql.getMessage() != null
                && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains(POOL_EXHAUSTED)) {
            return Optional.of(unavailable(DATABASE_BUSY, 2));
        }
        return Optional.empty();
    }

    private static ApiProblem unavailable(String code, int retryAfterSeconds) {
        return new ApiProblem(503, code).withHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
    }
}
