package io.toneline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When the PostgreSQL tests run, skip or fail, by environment. */
class PostgresForTestsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/toneline";

    static Stream<Arguments> environments() {
        return Stream.of(
                // environment, runs, reason
                Arguments.of(Map.of(), false, PostgresForTests.MISSING),
                Arguments.of(Map.of("TONELINE_TEST_PG_URL", " "), false, PostgresForTests.MISSING),
                Arguments.of(Map.of("TONELINE_REQUIRE_PG", "0"), false, PostgresForTests.MISSING),
                Arguments.of(Map.of("TONELINE_TEST_PG_URL", URL), true, "PostgreSQL at " + URL),
                Arguments.of(Map.of("TONELINE_TEST_PG_URL", URL, "TONELINE_REQUIRE_PG", "1"), true,
                        "PostgreSQL at " + URL));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void runsOnlyWithAServer(Map<String, String> env, boolean runs, String reason) {
        ConditionEvaluationResult result = PostgresForTests.evaluate(env);
        assertEquals(!runs, result.isDisabled());
        assertEquals(reason, result.getReason().orElse(""));
    }

    static Stream<Map<String, String>> requiredButMissing() {
        return Stream.of(Map.of("TONELINE_REQUIRE_PG", "1"),
                Map.of("TONELINE_REQUIRE_PG", "1", "TONELINE_TEST_PG_URL", ""));
    }

    @ParameterizedTest
    @MethodSource("requiredButMissing")
    void failsWhereRequiredButMissing(Map<String, String> env) {
        var e = assertThrows(IllegalStateException.class, () -> PostgresForTests.evaluate(env));
        assertEquals("TONELINE_REQUIRE_PG=1 but TONELINE_TEST_PG_URL is not set", e.getMessage());
        // the profile built at discovery still gets its (empty) URL without failing
        assertEquals(java.util.Optional.empty(), PostgresForTests.configured(env));
    }
}
