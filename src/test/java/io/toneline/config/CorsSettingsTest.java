package io.toneline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One setting, toneline.http.cors-origins, turns Quarkus' CORS filter on for the origins it lists. */
class CorsSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // toneline.http.cors-origins | quarkus.http.cors.origins | enabled | origins seen by Quarkus
        "-                            | -                         | false   | -",
        "''                           | -                         | false   | -",
        "https://newsroom.example     | -                         | true    | https://newsroom.example",
        "https://a.example,http://b:3000 | -                      | true    | https://a.example,http://b:3000",
        "https://a.example            | https://c.example         | true    | https://c.example"})
    void corsFollowsTheOneSetting(String toneline, String quarkus, boolean enabled, String origins) {
        Map<String, String> props = new HashMap<>(Map.of("quarkus.http.cors.enabled", "false"));
        if (toneline != null) {
            props.put("toneline.http.cors-origins", toneline);
        }
        if (quarkus != null) {
            props.put("quarkus.http.cors.origins", quarkus);
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(props, "test", 100))
                .withInterceptors(new CorsSettings()).build();
        assertEquals(enabled, config.getValue("quarkus.http.cors.enabled", Boolean.class));
        assertEquals(Optional.ofNullable(origins), config.getOptionalValue("quarkus.http.cors.origins", String.class));
    }
}
