package io.toneline.testing;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server tests may use: the one named by {@code TONELINE_TEST_PG_URL}, which
 * src/scripts/test.sh sets when it finds or starts a server (user and password from
 * {@code TONELINE_TEST_PG_USER} / {@code TONELINE_TEST_PG_PASSWORD}, default toneline/toneline).
 * Without it the PostgreSQL tests are skipped with {@link #MISSING}; with {@code TONELINE_REQUIRE_PG=1}
 * (set by .ci/run) a missing server fails them instead.
 *
 * <p>As a JUnit condition ({@code @ExtendWith(PostgresForTests.class)}) it is evaluated before any
 * {@code beforeAll} callback, so a skipped {@code @QuarkusTest} class never starts the application
 * and never needs a database or Docker.
 */
public final class PostgresForTests implements ExecutionCondition {

    /** The variable naming the server: a JDBC URL. */
    public static final String URL_VARIABLE = "TONELINE_TEST_PG_URL";
    /** Set to 1 where the PostgreSQL tests must run (CI). */
    public static final String REQUIRE_VARIABLE = "TONELINE_REQUIRE_PG";
    /** Why the PostgreSQL tests were skipped. */
    public static final String MISSING = "no PostgreSQL: set " + URL_VARIABLE
            + " (src/scripts/test.sh does when a server runs)";

    /** @return the configured JDBC URL, if any (never fails; for test profiles built at discovery) */
    public static Optional<String> configured() {
        return configured(System.getenv());
    }

    /**
     * @return the JDBC URL, or empty when none is configured and none is required
     * @throws IllegalStateException when {@code TONELINE_REQUIRE_PG=1} and no URL is configured
     */
    public static Optional<String> url() {
        return url(System.getenv());
    }

    static Optional<String> configured(Map<String, String> env) {
        return Optional.ofNullable(env.get(URL_VARIABLE)).map(String::strip).filter(u -> !u.isEmpty());
    }

    static Optional<String> url(Map<String, String> env) {
        Optional<String> url = configured(env);
        if (url.isEmpty() && "1".equals(env.get(REQUIRE_VARIABLE))) {
            throw new IllegalStateException(REQUIRE_VARIABLE + "=1 but " + URL_VARIABLE + " is not set");
        }
        return url;
    }

    static ConditionEvaluationResult evaluate(Map<String, String> env) {
        return url(env).map(u -> ConditionEvaluationResult.enabled("PostgreSQL at " + u))
                .orElseGet(() -> ConditionEvaluationResult.disabled(MISSING));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate(System.getenv());
        if (result.isDisabled() && context.getTestMethod().isEmpty()) {
            // surefire's console shows only counts; say once per class why it was skipped
            System.out.println("Skipped " + context.getDisplayName() + ": " + MISSING);
        }
        return result;
    }
}
