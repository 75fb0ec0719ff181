package io.toneline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toneline.security.AccessRules.Access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which clients count as local, and what passes before authentication. */
class AccessRulesTest {

    private static final AccessRules RULES = new AccessRules("/q");

    @ParameterizedTest(name = "{0} loopback={1}")
    @CsvSource(nullValues = "null", value = {
        "127.0.0.1,          true",
        "127.5.5.5,          true",
        "127.255.255.254,    true",
        "::1,                true",
        "0:0:0:0:0:0:0:1,    true",
        "[::1],              true",
        "::ffff:127.0.0.1,   true",
        "10.0.0.1,           false",
        "192.168.1.2,        false",
        "fe80::1,            false",
        "fe80::1%eth0,       false",
        "::ffff:10.0.0.1,    false",
        "128.0.0.1,          false",
        "0.0.0.0,            false",
        "::,                 false",
        "localhost,          false",
        "127.0.0.1.evil.com, false",
        "999.0.0.1,          false",
        "'',                 false",
        "null,               false",
    })
    void loopback(String address, boolean expected) {
        assertEquals(expected, AccessRules.isLoopback(address), String.valueOf(address));
    }

    @ParameterizedTest(name = "credentials={0} protectMetrics={1} {2} {3} -> {4}")
    @CsvSource({
        // no credentials configured: loopback only, health (and open metrics) for anyone
        "false, false, 127.0.0.1,   /v1/analyses,        PASS",
        "false, false, ::1,         /,                   PASS",
        "false, false, 10.0.0.1,    /v1/analyses,        LOCAL_ONLY",
        "false, false, 10.0.0.1,    /,                   LOCAL_ONLY",
        "false, false, 10.0.0.1,    /q/openapi,          LOCAL_ONLY",
        "false, false, 10.0.0.1,    /q/health/ready,     PASS",
        "false, false, fe80::1,     /q/health,           PASS",
        "false, false, 10.0.0.1,    /q/healthz,          LOCAL_ONLY",
        "false, false, 10.0.0.1,    /q/metrics,          PASS",
        "false, true,  10.0.0.1,    /q/metrics,          LOCAL_ONLY",
        "false, true,  127.0.0.1,   /q/metrics,          PASS",
        // credentials configured: any host; the routes check roles
        "true,  false, 10.0.0.1,    /v1/analyses,        PASS",
        "true,  false, 192.168.1.2, /index.html,         PASS",
        "true,  false, 10.0.0.1,    /q/metrics,          PASS",
        "true,  true,  10.0.0.1,    /q/metrics,          NEEDS_READER",
        "true,  true,  127.0.0.1,   /q/metrics/,         NEEDS_READER",
        "true,  true,  10.0.0.1,    /q/health/live,      PASS",
    })
    void decide(boolean credentials, boolean protectMetrics, String address, String path, Access expected) {
        assertEquals(expected, RULES.decide(credentials, protectMetrics, address, path));
    }
}
